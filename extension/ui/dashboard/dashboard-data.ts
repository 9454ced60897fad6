import { computeKpis, type KpiItem } from '../../../shared/kpi/kpis'
import { weakSignals } from '../../../shared/kpi/weak-signals'
import { KPI_RANGE_DAYS, type KpiRange, type KpiResponse, type WeakSignal } from '../../../shared/schema/kpi'
import type { SlaPolicy } from '../../../shared/schema/sla'
import type { ItemRow, WorkspaceRow } from '../../db/types'

/** `now` is the time the figures were computed at (see `figureNow`). */
export type DashboardData = { kpis: KpiResponse; signals: WeakSignal[]; now: number }

/** What the KPI arithmetic may read of a local item: metadata and status times, never content. */
export function kpiItem(row: ItemRow): KpiItem {
  return {
    id: row.id,
    deleted: row.deleted === 1,
    meta: row.meta,
    status: row.status,
    statusTimes: row.statusTimes,
    createdAt: row.createdAt,
  }
}

/**
 * The dashboard's figures and weak signals, computed on the device with the same code the
 * worker runs for `GET /v1/kpis`: they work offline, and include changes not yet synced.
 */
export function dashboardData(
  rows: readonly ItemRow[],
  lastCommentAt: ReadonlyMap<string, number>,
  policy: SlaPolicy,
  ws: WorkspaceRow,
  now: number,
  range: KpiRange,
): DashboardData {
  const items = rows.map(kpiItem)
  const memberNames = Object.fromEntries(ws.members.map((m) => [m.id, m.displayName]))
  const assigneeIds = ws.members.filter((m) => m.role === 'assistant' && !m.revoked).map((m) => m.id)
  return {
    kpis: computeKpis(items, policy, { now, rangeDays: KPI_RANGE_DAYS[range], memberNames }),
    signals: weakSignals(items, policy, { now, lastCommentAt, assigneeIds }),
    now,
  }
}

/**
 * The time the figures are computed at: the clock, or the newest change on the device when that
 * is later. A change made since the clock's last tick (or stamped by a device whose clock runs a
 * little ahead) would otherwise fall "in the future" and be left out of the period.
 */
export function figureNow(clock: number, rows: readonly ItemRow[], lastCommentAt: ReadonlyMap<string, number>): number {
  let now = clock
  for (const row of rows) {
    if (row.updatedAt > now) now = row.updatedAt
    for (const at of Object.values(row.statusTimes)) if (at !== undefined && at > now) now = at
  }
  for (const at of lastCommentAt.values()) if (at > now) now = at
  return now
}

/** The newest comment time of each item, for the "waiting without a comment" signal. */
export function latestComments(comments: readonly { itemId: string; createdAt: number }[]): Map<string, number> {
  const latest = new Map<string, number>()
  for (const c of comments) latest.set(c.itemId, Math.max(latest.get(c.itemId) ?? 0, c.createdAt))
  return latest
}
