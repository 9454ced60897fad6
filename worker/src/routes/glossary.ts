import { Hono } from 'hono'
import * as v from 'valibot'
import { BUILTIN_BY_ID, BUILTIN_GLOSSARY, fnv1a, glossaryVersion } from '../../../shared/glossary'
import { IdSchema } from '../../../shared/schema/common'
import { GlossaryQuerySchema, NewGlossaryTermSchema, type GlossaryTerm, type Lang } from '../../../shared/schema/glossary'
import type { AppEnv } from '../env'
import { bearerToken, requireAuth, unwrap, type AuthVariables } from '../http/auth'
import { ApiError } from '../http/errors'
import { jsonBody, query } from '../http/validate'
import { notFound, unauthorized } from '../outcome'
import { glossaryPage, termCard } from '../glossary/html'
import { parseToken } from '../tokens'

type Env = AppEnv & { Variables: AuthVariables }

/** The wire form of the built-in terms: `counterpart` and matcher hints stay in shared/. */
function builtin(lang: Lang | undefined): GlossaryTerm[] {
  return BUILTIN_GLOSSARY.filter((t) => !lang || t.lang === lang).map(({ id, term, aliases, definition, lang: l, category }) => ({
    id,
    term,
    aliases: [...aliases],
    definition,
    lang: l,
    category,
    source: 'builtin' as const,
  }))
}

/** JSON for the extension: built-in terms, plus the workspace's own with a token. */
export const glossaryApi = new Hono<Env>()
  .get('/glossary', query(GlossaryQuerySchema), async (c) => {
    const lang = c.req.valid('query').lang
    const header = c.req.header('authorization')
    let own: GlossaryTerm[] = []
    if (header !== undefined) {
      const token = bearerToken(header)
      const parsed = token ? parseToken(token) : null
      if (!token || !parsed) throw new ApiError(unauthorized())
      const stub = c.env.WORKSPACES.get(c.env.WORKSPACES.idFromName(parsed.workspaceId))
      own = unwrap(await stub.glossaryTerms(token)).filter((t) => !lang || t.lang === lang)
    }
    const version = own.length ? `${glossaryVersion}-${fnv1a(JSON.stringify(own))}` : glossaryVersion
    const etag = `"${version}-${lang ?? 'all'}"`
    c.header('ETag', etag)
    c.header('Cache-Control', header ? 'private, no-cache' : 'public, max-age=300')
    c.header('Vary', 'Authorization')
    if (c.req.header('if-none-match') === etag) return c.body(null, 304)
    return c.json({ version, terms: [...builtin(lang), ...own] }, 200)
  })
  .post('/glossary/terms', requireAuth, jsonBody(NewGlossaryTermSchema), async (c) => {
    return c.json(unwrap(await c.var.workspace.addGlossaryTerm(c.var.token, c.req.valid('json'))), 201)
  })
  .delete('/glossary/terms/:id', requireAuth, async (c) => {
    const id = c.req.param('id')
    if (!v.is(IdSchema, id)) throw new ApiError(notFound('No such term.'))
    unwrap(await c.var.workspace.deleteGlossaryTerm(c.var.token, id))
    return c.body(null, 204)
  })

/** The glossary as HTML pages, public, built-in terms only. */
export const glossaryPages = new Hono<AppEnv>()
  .get('/glossary', query(GlossaryQuerySchema), (c) => {
    const lang = c.req.valid('query').lang ?? 'fr'
    return c.html(glossaryPage(lang, builtin(lang)), 200)
  })
  .get('/glossary/:id', query(GlossaryQuerySchema), (c) => {
    const term = BUILTIN_BY_ID.get(c.req.param('id'))
    const lang = c.req.valid('query').lang ?? term?.lang ?? 'fr'
    if (!term) return c.json({ error: { code: 'not_found', message: 'No such term.' } }, 404)
    // Asked in the other language: show the counterpart, which is the same concept.
    const shown = term.lang === lang ? term : (BUILTIN_BY_ID.get(term.counterpart) ?? term)
    return c.html(termCard(lang, builtin(undefined).find((t) => t.id === shown.id)!), 200)
  })
