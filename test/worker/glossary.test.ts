import { describe, expect, it } from 'vitest'
import { call, createWorkspace, invite } from './helpers'

describe('glossary endpoints', () => {
  it('serves the built-in terms by language with an ETag, and 304 when unchanged', async () => {
    const fr = await call('GET', '/v1/glossary?lang=fr')
    expect(fr.status).toBe(200)
    expect(fr.json.terms.length).toBeGreaterThanOrEqual(80)
    expect(fr.json.terms.every((t: { lang: string; source: string }) => t.lang === 'fr' && t.source === 'builtin')).toBe(true)
    expect(fr.json.terms.map((t: { term: string }) => t.term)).toContain('SLA')
    const etag = fr.headers.get('etag')!
    expect(etag).toBeTruthy()
    const again = await call('GET', '/v1/glossary?lang=fr', { headers: { 'if-none-match': etag } })
    expect(again.status).toBe(304)
    const en = await call('GET', '/v1/glossary?lang=en')
    expect(en.headers.get('etag')).not.toBe(etag)
    expect((await call('GET', '/v1/glossary?lang=de')).status).toBe(400)
  })

  it("adds and removes a workspace's own terms, visible only to that workspace", async () => {
    const a = await createWorkspace('A')
    const b = await createWorkspace('B')
    const term = {
      term: 'Comex',
      aliases: ['comité exécutif'],
      definition: 'Comité de direction du groupe, réuni le lundi.',
      lang: 'fr',
      category: 'governance',
    }
    const created = await call('POST', '/v1/glossary/terms', { token: a.token, body: term })
    expect(created.status).toBe(201)
    expect(created.json).toMatchObject({ ...term, source: 'workspace' })
    const mine = await call('GET', '/v1/glossary?lang=fr', { token: a.token })
    expect(mine.json.terms.some((t: { id: string }) => t.id === created.json.id)).toBe(true)
    const theirs = await call('GET', '/v1/glossary?lang=fr', { token: b.token })
    expect(JSON.stringify(theirs.json)).not.toContain('Comex')
    const anonymous = await call('GET', '/v1/glossary?lang=fr')
    expect(JSON.stringify(anonymous.json)).not.toContain('Comex')
    expect(mine.headers.get('etag')).not.toBe(anonymous.headers.get('etag'))

    expect((await call('DELETE', `/v1/glossary/terms/${created.json.id}`, { token: b.token })).status).toBe(404)
    const assistant = await invite(a.token)
    expect((await call('POST', '/v1/glossary/terms', { token: assistant.token, body: term })).status).toBe(403)
    expect((await call('DELETE', `/v1/glossary/terms/${created.json.id}`, { token: a.token })).status).toBe(204)
    expect((await call('DELETE', `/v1/glossary/terms/${created.json.id}`, { token: a.token })).status).toBe(404)
  })

  it('refuses bad terms with the field named', async () => {
    const a = await createWorkspace()
    const r = await call('POST', '/v1/glossary/terms', {
      token: a.token,
      body: { term: '', aliases: [], definition: 'x', lang: 'fr', category: 'x' },
    })
    expect(r.status).toBe(400)
    expect(r.json.error).toMatchObject({ code: 'invalid_request', field: 'term' })
    expect((await call('GET', '/v1/glossary', { headers: { authorization: 'Bearer nope' } })).status).toBe(401)
  })

  it('renders the HTML glossary with one anchor per term, escaped', async () => {
    const page = await fetchText('/glossary?lang=fr')
    expect(page.status).toBe(200)
    expect(page.type).toMatch(/text\/html/)
    expect(page.text).toContain('id="sla-fr"')
    expect(page.text).toContain('<html lang="fr">')
    const card = await fetchText('/glossary/sla-fr?lang=en')
    expect(card.status).toBe(200)
    expect(card.text).toContain('id="sla-en"')
    expect((await fetchText('/glossary/nope')).status).toBe(404)
  })
})

async function fetchText(path: string) {
  const r = await call('GET', path)
  return { status: r.status, type: r.headers.get('content-type') ?? '', text: typeof r.json === 'string' ? r.json : JSON.stringify(r.json) }
}
