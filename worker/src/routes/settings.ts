import { Hono } from 'hono'
import { SlaPolicySchema } from '../../../shared/schema/sla'
import type { AppEnv } from '../env'
import { requireAuth, unwrap, type AuthVariables } from '../http/auth'
import { jsonBody } from '../http/validate'

type Env = AppEnv & { Variables: AuthVariables }

export const settingsRoutes = new Hono<Env>()
  .get('/sla-policy', requireAuth, async (c) => c.json(unwrap(await c.var.workspace.getSlaPolicy(c.var.token)), 200))
  .put('/sla-policy', requireAuth, jsonBody(SlaPolicySchema), async (c) => {
    return c.json(unwrap(await c.var.workspace.putSlaPolicy(c.var.token, c.req.valid('json'))), 200)
  })
