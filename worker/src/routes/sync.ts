import { Hono } from 'hono'
import { PullQuerySchema, PushRequestSchema } from '../../../shared/schema/sync'
import type { AppEnv } from '../env'
import { ApiError } from '../http/errors'
import { bearerToken, requireAuth, unwrap, type AuthVariables } from '../http/auth'
import { jsonBody, query } from '../http/validate'
import { fail, unauthorized } from '../outcome'
import { parseToken } from '../tokens'

type Env = AppEnv & { Variables: AuthVariables }

/** Browsers cannot set headers on a WebSocket: they offer `bearer.<token>` as a subprotocol. */
function liveToken(header: string | undefined, protocols: string | undefined): { token: string | null; echo: string | null } {
  const fromHeader = bearerToken(header)
  const offered = (protocols ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
  const bearer = offered.find((p) => p.startsWith('bearer.'))
  const token = fromHeader ?? (bearer ? bearer.slice('bearer.'.length) : null)
  // Echo a harmless protocol name rather than the token when the client offered one.
  const echo = offered.find((p) => !p.startsWith('bearer.')) ?? bearer ?? null
  return { token, echo }
}

export const syncRoutes = new Hono<Env>()
  .post('/sync/push', requireAuth, jsonBody(PushRequestSchema), async (c) => {
    return c.json(unwrap(await c.var.workspace.push(c.var.token, c.req.valid('json'))), 200)
  })
  .get('/sync/pull', requireAuth, query(PullQuerySchema), async (c) => {
    return c.json(unwrap(await c.var.workspace.pull(c.var.token, c.req.valid('query').cursor)), 200)
  })
  .get('/sync/live', async (c) => {
    if (c.req.header('upgrade')?.toLowerCase() !== 'websocket') {
      throw new ApiError(fail(426, 'upgrade_required', 'This endpoint speaks WebSocket only.'))
    }
    const { token, echo } = liveToken(c.req.header('authorization'), c.req.header('sec-websocket-protocol'))
    const parsed = token ? parseToken(token) : null
    if (!token || !parsed) throw new ApiError(unauthorized())
    const stub = c.env.WORKSPACES.get(c.env.WORKSPACES.idFromName(parsed.workspaceId))
    // Only what the object needs, built here: a caller must not smuggle in the internal headers.
    const headers = new Headers({ upgrade: 'websocket', 'x-relais-token': token })
    if (echo) headers.set('x-relais-protocol', echo)
    return stub.fetch(new Request(c.req.raw.url, { headers }))
  })
