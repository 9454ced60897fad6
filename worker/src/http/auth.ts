import { createMiddleware } from 'hono/factory'
import type { AppEnv } from '../env'
import { unauthorized } from '../outcome'
import { parseToken } from '../tokens'
import { ApiError } from './errors'

export type AuthVariables = { token: string; workspace: DurableObjectStub<import('../workspace/object').WorkspaceObject> }

/** The token's shape routes the request to its workspace; the workspace itself checks the secret. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer ([A-Za-z0-9_.-]{1,200})$/.exec(header ?? '')
  return match ? match[1]! : null
}

export const requireAuth = createMiddleware<AppEnv & { Variables: AuthVariables }>(async (c, next) => {
  const token = bearerToken(c.req.header('authorization'))
  const parsed = token ? parseToken(token) : null
  if (!token || !parsed) throw new ApiError(unauthorized())
  c.set('token', token)
  c.set('workspace', c.env.WORKSPACES.get(c.env.WORKSPACES.idFromName(parsed.workspaceId)))
  await next()
})

/** Turns a Durable Object's answer into the value, or throws its documented error. */
export function unwrap<T>(outcome: { ok: true; value: T } | import('../outcome').Failure): T {
  if (!outcome.ok) throw new ApiError(outcome)
  return outcome.value
}
