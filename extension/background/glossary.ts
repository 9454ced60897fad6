// The glossary's terms for content scripts: fetched from each paired
// workspace's server with If-None-Match, cached in IndexedDB so tooltips work
// offline, and the built-in glossary when nothing is cached. Also keeps the
// content script's registration in step with the user's permissions. The
// built-in glossary's extras (matching hints, counterparts) are resolved here,
// so the content script does not bundle the glossary a second time.
import * as v from 'valibot'
import { browser } from 'wxt/browser'
import { BUILTIN_BY_ID, BUILTIN_GLOSSARY, inMatchOrder, matchingHints } from '../../shared/glossary'
import { GlossaryResponseSchema, GlossaryTermSchema, type GlossaryTerm, type Lang } from '../../shared/schema/glossary'
import type { GlossaryPayload, GlossaryPayloadTerm } from '../../shared/schema/messages'
import { db } from '../db/database'
import { uiLang } from '../lib/i18n'
import { everyOccurrence, knownTerms, setTermKnown } from './glossary-reading'
import { isGlossaryOffFor } from './glossary-sites'
import { rememberGlossaryOrigins, syncGlossaryRegistration } from './glossary-registration'
import { apiClient, readResponse } from '../sync/http-transport'

export const GLOSSARY_CACHE_KEY = 'glossary:cache'
/**
 * A copy older than this is revalidated (on the sync alarm, or when a page asks), so a
 * workspace's new term reaches tooltips within minutes; unchanged, it costs one 304.
 */
const STALE_MS = 5 * 60_000
/** A server that keeps failing is not asked again on every page load. */
const RETRY_MS = 60_000
const FETCH_TIMEOUT_MS = 10_000

const CachedSourceSchema = v.object({
  workspaceId: v.string(),
  serverUrl: v.string(),
  etag: v.nullable(v.string()),
  version: v.string(),
  terms: v.array(GlossaryTermSchema),
  fetchedAt: v.number(),
})
const CacheSchema = v.object({ sources: v.array(CachedSourceSchema) })
type CachedSource = v.InferOutput<typeof CachedSourceSchema>
type GlossaryCache = v.InferOutput<typeof CacheSchema>

/** The built-in terms in wire form: matcher hints and counterparts stay in shared/. */
const BUILTIN_WIRE: readonly GlossaryTerm[] = BUILTIN_GLOSSARY.map(({ id, term, aliases, definition, lang, category }) => ({
  id,
  term,
  aliases: [...aliases],
  definition,
  lang,
  category,
  source: 'builtin' as const,
}))

export async function readGlossaryCache(): Promise<GlossaryCache> {
  const row = await db().settings.get(GLOSSARY_CACHE_KEY)
  const parsed = v.safeParse(CacheSchema, row?.value)
  return parsed.success ? parsed.output : { sources: [] }
}

let refreshing: Promise<void> | null = null
let lastAttempt = 0

/** Fetches every workspace's glossary (one round at a time); unchanged ones answer 304. */
export function refreshGlossary(): Promise<void> {
  lastAttempt = Date.now()
  refreshing ??= refreshAll().finally(() => {
    refreshing = null
  })
  return refreshing
}

async function refreshAll(): Promise<void> {
  const workspaces = await db().workspaces.toArray()
  const before = await readGlossaryCache()
  const sources: CachedSource[] = []
  for (const ws of workspaces) {
    const secret = await db().secrets.get(ws.id)
    const cached = before.sources.find((s) => s.workspaceId === ws.id && s.serverUrl === ws.serverUrl)
    const fresh = secret ? await fetchSource(ws.id, ws.serverUrl, secret.token, cached) : null
    // Offline or refused: keep what we had, so tooltips keep working.
    const next = fresh ?? cached
    if (next) sources.push(next)
  }
  await writeGlossaryCache(sources)
}

/**
 * Keeps only the sources of workspaces still on the device, checked in the write's own
 * transaction: a refresh that was in flight while a workspace was wiped must not write it back.
 */
export async function writeGlossaryCache(sources: readonly CachedSource[]): Promise<void> {
  const d = db()
  await d.transaction('rw', [d.workspaces, d.settings], async () => {
    const present = new Set(await d.workspaces.toCollection().primaryKeys())
    const kept = sources.filter((s) => present.has(s.workspaceId))
    await d.settings.put({ key: GLOSSARY_CACHE_KEY, value: { sources: kept } satisfies GlossaryCache })
  })
}

async function fetchSource(
  workspaceId: string,
  serverUrl: string,
  token: string,
  cached: CachedSource | undefined,
): Promise<CachedSource | null> {
  const now = Date.now()
  let response: Response
  try {
    // All languages: a French page read with an English browser needs the French spellings.
    response = await apiClient(serverUrl, token).v1.glossary.$get(
      { query: {} },
      {
        headers: cached?.etag ? { 'if-none-match': cached.etag } : {},
        init: { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) },
      },
    )
  } catch {
    return null
  }
  if (response.status === 304 && cached) return { ...cached, fetchedAt: now }
  const result = await readResponse(async () => response, GlossaryResponseSchema)
  if (!result.ok) return null
  return {
    workspaceId,
    serverUrl,
    etag: response.headers.get('etag'),
    version: result.value.version,
    terms: result.value.terms,
    fetchedAt: now,
  }
}

/** Every source's terms, workspaces first in their own order, built-in terms filling what is missing. */
export function mergeTerms(cache: GlossaryCache): GlossaryTerm[] {
  const seen = new Set<string>()
  const out: GlossaryTerm[] = []
  for (const term of [...cache.sources.flatMap((s) => s.terms), ...BUILTIN_WIRE]) {
    if (seen.has(term.id)) continue
    seen.add(term.id)
    out.push(term)
  }
  return out
}

/** The reply to a content script's `glossary-terms`, for the page the sender is on. */
export async function glossaryForPage(senderUrl: string | undefined): Promise<GlossaryPayload> {
  const lang = uiLang()
  const host = hostOf(senderUrl)
  if (host === null || (await isGlossaryOffFor(host)))
    return { off: true, lang, terms: [], pageBase: null, everyOccurrence: false, known: [] }
  const cache = await readGlossaryCache()
  void refreshIfNeeded(cache)
  const [every, known] = await Promise.all([everyOccurrence(), knownTerms()])
  return {
    off: false,
    lang,
    terms: payloadTerms(mergeTerms(cache), lang),
    pageBase: httpOrigin(cache.sources[0]?.serverUrl),
    everyOccurrence: every,
    known: known.map((k) => k.id),
  }
}

/** "I know this term" from a tooltip, or its undo: kept with the term as the reader saw it. */
export async function markTermKnown(termId: string, known: boolean): Promise<void> {
  const term = mergeTerms(await readGlossaryCache()).find((t) => t.id === termId)?.term
  await setTermKnown(termId, known, term)
}

/**
 * The terms ready for the content script: in matching order, built-in terms with their
 * matching hints, and each term in the other language with its reader's-language
 * counterpart (the listed one, a workspace may have redefined it, else the built-in one).
 */
export function payloadTerms(terms: readonly GlossaryTerm[], readerLang: Lang): GlossaryPayloadTerm[] {
  const byId = new Map(terms.map((t) => [t.id, t]))
  return inMatchOrder(terms, readerLang).map((t) => {
    const other = t.lang === readerLang ? undefined : BUILTIN_BY_ID.get(t.id)?.counterpart
    const translated = other === undefined ? undefined : (byId.get(other) ?? BUILTIN_BY_ID.get(other))
    const hints = matchingHints(t)
    const counterpart = BUILTIN_BY_ID.get(t.id)?.counterpart
    return {
      ...t,
      // Copies: the payload's arrays are the caller's to keep, the built-in ones are shared.
      ...(hints.caseSensitive ? { caseSensitive: [...hints.caseSensitive] } : {}),
      ...(hints.unmatched ? { unmatched: [...hints.unmatched] } : {}),
      ...(counterpart ? { concept: [t.id, counterpart].sort()[0] } : {}),
      // Absent rather than null when there is none: most terms are in the reader's language.
      ...(translated ? { translation: { term: translated.term, definition: translated.definition, lang: translated.lang } } : {}),
    }
  })
}

/**
 * Refreshes when a copy is old or a workspace was joined or left since, at most once a
 * minute: the service worker wakes often, and an unreachable server is not asked each time.
 */
export async function refreshIfNeeded(cache?: GlossaryCache): Promise<void> {
  const current = cache ?? (await readGlossaryCache())
  const workspaceIds = (await db().workspaces.toCollection().primaryKeys()).sort().join()
  const cachedIds = current.sources
    .map((s) => s.workspaceId)
    .sort()
    .join()
  const stale = current.sources.some((s) => Date.now() - s.fetchedAt > STALE_MS)
  if ((stale || workspaceIds !== cachedIds) && Date.now() - lastAttempt > RETRY_MS) await refreshGlossary()
}

function hostOf(url: string | undefined): string | null {
  try {
    const u = new URL(url ?? '')
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : null
  } catch {
    return null
  }
}

function httpOrigin(url: string | undefined): string | null {
  try {
    const u = new URL(url ?? '')
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null
  } catch {
    return null
  }
}

/** Wires the glossary into the background: registration follows permissions, terms stay fresh. */
export function startGlossary(): void {
  const sync = () => void syncGlossaryRegistration().catch((err) => console.warn('Relais: glossary registration failed', err))
  browser.permissions.onAdded.addListener(sync)
  browser.permissions.onRemoved.addListener(sync)
  // Every start: unpacked reloads and updates drop runtime registrations.
  sync()
  void refreshIfNeeded()
  // Rides on the sync alarm rather than adding one.
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === 'relais-sync') void refreshIfNeeded()
  })
  // Test builds only (`RELAIS_TEST_BUILD=1 wxt build`): the end-to-end suite drives the glossary through these.
  if (import.meta.env.RELAIS_TEST_HOOKS) {
    Object.assign(globalThis, {
      relaisGlossary: { refresh: refreshGlossary, remember: rememberGlossaryOrigins, sync: syncGlossaryRegistration },
    })
  }
}
