import { Hono } from 'hono'
import { computeKpis, weakSignals } from '../../../shared/kpi'
import { KPI_RANGE_DAYS, KpiQuerySchema, type KpiEndpointResponse } from '../../../shared/schema/kpi'
import type { AppEnv } from '../env'
import { requireAuth, unwrap, type AuthVariables } from '../http/auth'
import { query } from '../http/validate'

type Env = AppEnv & { Variables: AuthVariables }

/** Back-office figures, from metadata and status times only: item content stays sealed. */
export const kpiRoutes = new Hono<Env>().get('/kpis', requireAuth, query(KpiQuerySchema), async (c) => {
  const range = c.req.valid('query').range
  const input = unwrap(await c.var.workspace.kpiInput(c.var.token))
  const now = Date.now()
  const memberNames = Object.fromEntries(input.members.map((m) => [m.id, m.displayName]))
  const assistants = input.members.filter((m) => m.role === 'assistant' && !m.revoked).map((m) => m.id)
  const items = input.items.map((i) => ({ ...i, deleted: false }))
  const body: KpiEndpointResponse = {
    ...computeKpis(items, input.policy, { now, rangeDays: KPI_RANGE_DAYS[range], memberNames }),
    signals: weakSignals(items, input.policy, { now, lastCommentAt: new Map(Object.entries(input.lastComments)), assigneeIds: assistants }),
  }
  return c.json(body, 200)
})
