import { Hono } from 'hono'
import * as v from 'valibot'
import { AcceptInviteRequestSchema, CreateInviteRequestSchema, CreateWorkspaceRequestSchema } from '../../../shared/schema/workspace'
import { IdSchema } from '../../../shared/schema/common'
import type { AppEnv } from '../env'
import { ApiError } from '../http/errors'
import { requireAuth, unwrap, type AuthVariables } from '../http/auth'
import { jsonBody } from '../http/validate'
import { fail, notFound } from '../outcome'
import { parseInviteCode, randomId } from '../tokens'

type Env = AppEnv & { Variables: AuthVariables }

export const workspaceRoutes = new Hono<Env>()
  .post('/workspaces', jsonBody(CreateWorkspaceRequestSchema), async (c) => {
    const { name, displayName } = c.req.valid('json')
    const id = randomId(16)
    const stub = c.env.WORKSPACES.get(c.env.WORKSPACES.idFromName(id))
    return c.json(unwrap(await stub.create(id, name, displayName)), 201)
  })
  .get('/workspace', requireAuth, async (c) => {
    return c.json(unwrap(await c.var.workspace.getWorkspace(c.var.token)), 200)
  })
  .post('/invites', requireAuth, jsonBody(CreateInviteRequestSchema), async (c) => {
    return c.json(unwrap(await c.var.workspace.createInvite(c.var.token, c.req.valid('json').role)), 201)
  })
  .post('/invites/accept', jsonBody(AcceptInviteRequestSchema), async (c) => {
    const { code, displayName } = c.req.valid('json')
    // Throttled per caller before any workspace is touched, so guessing costs time.
    const caller = c.req.header('cf-connecting-ip') ?? 'local'
    const limiter = c.env.LIMITERS.get(c.env.LIMITERS.idFromName(`invite:${caller}`))
    const wait = await limiter.hit(Number(c.env.INVITE_ATTEMPTS_PER_MINUTE) || 20, 60_000)
    if (wait > 0) throw new ApiError(fail(429, 'rate_limited', 'Too many invite attempts; wait a minute.', { retryAfter: wait }))
    const parsed = parseInviteCode(code)
    if (!parsed) throw new ApiError(notFound('Unknown, used or expired invite code.'))
    const stub = c.env.WORKSPACES.get(c.env.WORKSPACES.idFromName(parsed.workspaceId))
    return c.json(unwrap(await stub.acceptInvite(parsed.secret, displayName)), 201)
  })
  .delete('/members/:memberId', requireAuth, async (c) => {
    const memberId = c.req.param('memberId')
    if (!v.is(IdSchema, memberId)) throw new ApiError(notFound('No such member.'))
    unwrap(await c.var.workspace.revokeMember(c.var.token, memberId))
    return c.body(null, 204)
  })
