import { Hono } from 'hono'
import * as v from 'valibot'
import { IdSchema } from '../../../shared/schema/common'
import { KeysQuerySchema, PostKeyRequestSchema, PublishDeviceKeyRequestSchema } from '../../../shared/schema/keys'
import type { AppEnv } from '../env'
import { requireAuth, unwrap, type AuthVariables } from '../http/auth'
import { ApiError } from '../http/errors'
import { jsonBody, query } from '../http/validate'
import { fail } from '../outcome'

type Env = AppEnv & { Variables: AuthVariables }

/** Device public keys and wrapped workspace keys: opaque to the server, routed by it. */
export const keyRoutes = new Hono<Env>()
  .put('/devices/:clientId/key', requireAuth, jsonBody(PublishDeviceKeyRequestSchema), async (c) => {
    const clientId = c.req.param('clientId')
    if (!v.is(IdSchema, clientId))
      throw new ApiError(fail(400, 'invalid_request', 'clientId: must be 1–64 characters of [A-Za-z0-9_-]', { field: 'clientId' }))
    unwrap(await c.var.workspace.publishDeviceKey(c.var.token, clientId, c.req.valid('json').publicKey))
    return c.body(null, 204)
  })
  .get('/devices', requireAuth, async (c) => c.json(unwrap(await c.var.workspace.listDevices(c.var.token)), 200))
  .post('/keys', requireAuth, jsonBody(PostKeyRequestSchema), async (c) => {
    unwrap(await c.var.workspace.postKey(c.var.token, c.req.valid('json')))
    return c.body(null, 201)
  })
  .get('/keys', requireAuth, query(KeysQuerySchema), async (c) => {
    return c.json(unwrap(await c.var.workspace.keysFor(c.var.token, c.req.valid('query').clientId)), 200)
  })
