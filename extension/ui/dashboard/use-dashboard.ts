import { useMemo } from 'preact/hooks'
import type { KpiRange } from '../../../shared/schema/kpi'
import { db } from '../../db/database'
import { slaPolicy } from '../../db/settings'
import type { WorkspaceRow } from '../../db/types'
import { useLiveQuery } from '../hooks/use-live-query'
import { dashboardData, figureNow, latestComments, type DashboardData } from './dashboard-data'

/**
 * The chosen workspace's dashboard, live: items, comments and the policy are watched in
 * IndexedDB, so the figures move as items sync in. Recomputed when they or the clock change,
 * at a time never earlier than the newest change: what just happened counts at once.
 */
export function useDashboard(ws: WorkspaceRow | undefined, range: KpiRange, now: number): DashboardData | undefined {
  const id = ws?.id ?? ''
  const source = useLiveQuery(async () => {
    const [items, comments, policy] = await Promise.all([
      db().items.where('workspaceId').equals(id).toArray(),
      db().comments.where('workspaceId').equals(id).toArray(),
      slaPolicy(id).read(),
    ])
    return { items, lastCommentAt: latestComments(comments), policy }
  }, [id])
  return useMemo(() => {
    if (!source || !ws) return undefined
    return dashboardData(source.items, source.lastCommentAt, source.policy, ws, figureNow(now, source.items, source.lastCommentAt), range)
  }, [source, ws, now, range])
}
