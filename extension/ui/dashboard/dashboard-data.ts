import { computeKpis, type KpiItem } from '../../../shared/kpi/kpis'
import { weakSignals } from '../../../shared/kpi/weak-signals'
import { KPI_RANGE_DAYS, type KpiRange, type KpiResponse, type WeakSignal } from '../../../shared/schema/kpi'
import type { SlaPolicy } from '../../../shared/schema/sla'
import type { ItemRow, WorkspaceRow } from '../../db/types'

export type DashboardData = { kpis: KpiResponse; signals: WeakSignal[] }

/** What the KPI arithmetic may read of a local item: metadata and status times, never content. */
export function kpiItem(row: ItemRow): KpiItem {
  return { id: row.id, deleted: row.deleted === 1, meta: row.meta, status: row.status, statusTimes: row.statusTimes, createdAt: row.createdAt }
}

/**
 * The dashboard's figures and weak signals, computed on the device with the same code the
 * worker runs for `GET /v1/kpis`: they work offline, and include changes not yet synced.
 */
export function dashboardData(rows: readonly ItemRow[], lastCommentAt: ReadonlyMap<string, number>, policy: SlaPolicy, ws: WorkspaceRow, now: number, range: KpiRange): DashboardData {
  const items = rows.map(kpiItem)
  const memberNames = Object.fromEntries(ws.members.map((m) => [m.id, m.displayName]))
  const assigneeIds = ws.members.filter((m) => m.role === 'assistant' && !m.revoked).map((m) => m.id)
  return {
    kpis: computeKpis(items, policy, { now, rangeDays: KPI_RANGE_DAYS[range], memberNames }),
    signals: weakSignals(items, policy, { now, lastCommentAt, assigneeIds }),
  }
}

/** The newest comment time of each item, for the "waiting without a comment" signal. */
export function latestComments(comments: readonly { itemId: string; createdAt: number }[]): Map<string, number> {
  const latest = new Map<string, number>()
  for (const c of comments) latest.set(c.itemId, Math.max(latest.get(c.itemId) ?? 0, c.createdAt))
  return latest
}
