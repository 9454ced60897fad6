// @vitest-environment happy-dom
import * as v from 'valibot'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { browser } from 'wxt/browser'
import { fakeBrowser } from 'wxt/testing/fake-browser'
import { BUILTIN_BY_ID, BUILTIN_GLOSSARY, compileMatcher, matchableTerms } from '../../../shared/glossary'
import { GlossaryTermSchema } from '../../../shared/schema/glossary'
import { GlossaryTermsReplySchema } from '../../../shared/schema/messages'
import { GLOSSARY_CACHE_KEY, glossaryForPage, readGlossaryCache, refreshGlossary } from '../../../extension/background/glossary'
import { handleMessage } from '../../../extension/background/router'
import { RelaisDatabase, setDatabase } from '../../../extension/db/database'
import { knownTerms, setEveryOccurrence, setTermKnown } from '../../../extension/background/glossary-reading'
import { setGlossaryOffFor } from '../../../extension/background/glossary-sites'
import { askForTerms } from '../../../extension/glossary/terms-client'

const SERVER = 'https://relais.example'
const OWN = {
  id: 'ws-own1',
  term: 'Projet Hermès',
  aliases: ['Hermès'],
  definition: 'Le nom de code du rachat.',
  lang: 'fr',
  category: 'Projets',
  source: 'workspace',
}
const hooks = { syncSoon: () => {}, workspacesChanged: () => {} }
let d: RelaisDatabase
let requests: { url: string; ifNoneMatch: string | null; auth: string | null }[]

function serve(answer: () => Response | Promise<Response>) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init)
      requests.push({ url: request.url, ifNoneMatch: request.headers.get('if-none-match'), auth: request.headers.get('authorization') })
      return answer()
    }),
  )
}

const glossaryBody = (terms: unknown[]) => JSON.stringify({ version: 'v1', terms })

beforeEach(async () => {
  fakeBrowser.reset()
  requests = []
  d = new RelaisDatabase(`glossary-${Math.random().toString(36).slice(2)}`)
  setDatabase(d)
  await d.workspaces.put({
    id: 'ws1',
    name: 'WS',
    serverUrl: SERVER,
    memberId: 'm1',
    role: 'executive',
    displayName: 'Claire',
    clientId: 'c1',
    nextMutationId: 1,
    cursor: null,
    members: [],
    joinedAt: 1,
  })
  await d.secrets.put({ workspaceId: 'ws1', token: 'tok-1', keys: [], currentKeyId: 'k1' })
})
afterEach(async () => {
  vi.unstubAllGlobals()
  setDatabase(null)
  d.close()
  await d.delete()
})

describe('the terms cache', () => {
  it('answers with the built-in glossary while nothing is cached, with no link base', async () => {
    await d.workspaces.clear()
    const payload = await glossaryForPage('https://mail.google.com/mail/u/0/')
    expect(payload.off).toBe(false)
    expect(payload.terms).toHaveLength(BUILTIN_GLOSSARY.length)
    expect(payload.terms[0]).not.toHaveProperty('counterpart') // wire form only
    expect(payload.pageBase).toBeNull()
    expect(v.is(GlossaryTermsReplySchema, { ok: true, glossary: payload })).toBe(true)
  })

  it('fetches all languages with the token, then revalidates with the ETag (304 keeps the terms)', async () => {
    serve(() => new Response(glossaryBody([OWN]), { status: 200, headers: { etag: '"abc-all"', 'content-type': 'application/json' } }))
    await refreshGlossary()
    expect(requests).toEqual([{ url: `${SERVER}/v1/glossary`, ifNoneMatch: null, auth: 'Bearer tok-1' }])
    const cached = await readGlossaryCache()
    expect(cached.sources[0]).toMatchObject({ workspaceId: 'ws1', etag: '"abc-all"', terms: [OWN] })

    serve(() => new Response(null, { status: 304 }))
    await refreshGlossary()
    expect(requests[1]!.ifNoneMatch).toBe('"abc-all"')
    const payload = await glossaryForPage('https://example.com/')
    expect(payload.terms[0]).toEqual(OWN) // the workspace's own terms first
    expect(payload.terms.filter((t) => t.source === 'builtin')).toHaveLength(BUILTIN_GLOSSARY.length) // filled in
    expect(payload.pageBase).toBe(SERVER)
  })

  it('keeps the cached terms when the server is unreachable or answers nonsense', async () => {
    serve(() => new Response(glossaryBody([OWN]), { status: 200, headers: { etag: '"e1"', 'content-type': 'application/json' } }))
    await refreshGlossary()
    serve(() => Promise.reject(new TypeError('Failed to fetch')))
    await refreshGlossary()
    serve(() => new Response(JSON.stringify({ terms: 'not a list' }), { status: 200, headers: { 'content-type': 'application/json' } }))
    await refreshGlossary()
    expect((await readGlossaryCache()).sources[0]!.terms).toEqual([OWN])
  })

  it('ignores a cache row that is not in the expected shape', async () => {
    await d.settings.put({ key: GLOSSARY_CACHE_KEY, value: { sources: [{ terms: '<img>' }] } })
    expect((await readGlossaryCache()).sources).toEqual([])
  })
})

describe('the per-site switch', () => {
  it('turns the glossary off for one host only, and tells the tab', async () => {
    const sent = vi.fn(async () => undefined)
    Object.assign(fakeBrowser.tabs, { sendMessage: sent })
    await setGlossaryOffFor('Example.com', true, 7)
    expect(sent).toHaveBeenCalledWith(7, { type: 'glossary-site', off: true })
    expect(await glossaryForPage('https://example.com/a')).toMatchObject({ off: true, terms: [] })
    expect((await glossaryForPage('https://mail.google.com/')).off).toBe(false)
    await setGlossaryOffFor('example.com', false)
    expect((await glossaryForPage('https://example.com/a')).off).toBe(false)
  })

  it('treats a sender without an http(s) page as off', async () => {
    expect((await glossaryForPage(undefined)).off).toBe(true)
    expect((await glossaryForPage('file:///etc/passwd')).off).toBe(true)
  })
})

describe('the glossary-terms message', () => {
  it('is allowed from a content script, and its reply passes the content script’s own check', async () => {
    await d.workspaces.clear()
    const sender = { id: browser.runtime.id, url: 'https://mail.google.com/mail/u/0/#inbox', tab: { id: 3 } }
    const reply = await handleMessage({ type: 'glossary-terms' }, sender, hooks)
    expect(reply.ok).toBe(true)
    const payload = await askForTerms(async () => reply)
    expect(payload?.terms).toHaveLength(BUILTIN_GLOSSARY.length)
  })

  it('carries terms ready to match, hints and counterparts resolved, through the content script’s check', async () => {
    await d.workspaces.clear()
    const sender = { id: browser.runtime.id, url: 'https://mail.google.com/', tab: { id: 3 } }
    const payload = (await askForTerms(async () => handleMessage({ type: 'glossary-terms' }, sender, hooks)))!
    // What matchableTerms made of the wire terms before: same order, same hints.
    const wire = BUILTIN_GLOSSARY.map((t) => v.parse(GlossaryTermSchema, t))
    const asMatched = payload.terms.map(({ id, term, aliases, caseSensitive, unmatched }) => ({
      id,
      term,
      aliases,
      caseSensitive,
      unmatched,
    }))
    expect(asMatched).toEqual(matchableTerms(wire, payload.lang))
    expect(payload.terms.find((t) => t.id === 'roi-fr')!.caseSensitive).toEqual(['ROI'])
    expect(compileMatcher(payload.terms).find('il faut avoir un avoir')).toHaveLength(1)
    for (const t of payload.terms) {
      const other = BUILTIN_BY_ID.get(BUILTIN_BY_ID.get(t.id)!.counterpart)!
      if (t.lang === payload.lang) expect(t.translation).toBeUndefined()
      else expect(t.translation).toEqual({ term: other.term, definition: other.definition, lang: other.lang })
    }
  })

  it('is refused from another extension, and a forged reply is dropped by the content script', async () => {
    expect(await handleMessage({ type: 'glossary-terms' }, { id: 'other-extension', url: 'https://a.example/' }, hooks)).toEqual({
      ok: false,
      error: 'unknown sender',
    })
    expect(
      await askForTerms(async () => ({ ok: true, glossary: { off: false, lang: 'fr', terms: [{ id: '<bad id>' }], pageBase: null } })),
    ).toBeNull()
    expect(
      await askForTerms(async () => ({ ok: true, glossary: { off: false, lang: 'fr', terms: [], pageBase: 'javascript:alert(1)' } })),
    ).toBeNull()
    expect(
      await askForTerms(async () => {
        throw new Error('Extension context invalidated.')
      }),
    ).toBeNull()
  })
})

describe('the reader’s marking rules', () => {
  it('keeps "I know this term" from a content script, sends it with the terms, and undoes it', async () => {
    await d.workspaces.clear()
    const sender = { id: browser.runtime.id, url: 'https://example.com/page', tab: { id: 3 } }
    expect((await handleMessage({ type: 'glossary-known', termId: 'sla-en', known: true }, sender, hooks)).ok).toBe(true)
    expect(await knownTerms()).toEqual([{ id: 'sla-en', term: BUILTIN_BY_ID.get('sla-en')!.term }])
    const reply = await handleMessage({ type: 'glossary-terms' }, sender, hooks)
    const payload = await askForTerms(async () => reply)
    expect(payload).toMatchObject({ known: ['sla-en'], everyOccurrence: false })

    await setEveryOccurrence(true)
    await setTermKnown('sla-en', false)
    expect(await glossaryForPage(sender.url)).toMatchObject({ known: [], everyOccurrence: true })
  })

  it('refuses a malformed known-term message', async () => {
    const sender = { id: browser.runtime.id, url: 'https://example.com/page', tab: { id: 3 } }
    expect((await handleMessage({ type: 'glossary-known', termId: '', known: true }, sender, hooks)).ok).toBe(false)
    expect(await knownTerms()).toEqual([])
  })
})
