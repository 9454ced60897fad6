import { addSlaMinutes } from '../../shared/kpi/business-time'
import { DUE_SOON_SHARE, slaStatus, type SlaStatus } from '../../shared/kpi/sla-state'
import type { SlaPolicy } from '../../shared/schema/sla'
import type { ItemRow, WorkspaceRow } from '../db/types'

export type AlertKind = 'due_soon' | 'breached'

/** Keys already announced, by item id: "<state>@<deadline>". */
export type Announced = Record<string, string[]>

export type Alert = { item: ItemRow; kind: AlertKind }

/**
 * Who hears about an item's clock: its assignee, and the executive who delegated it. Other
 * members see it in their lists; a notification is for the people it is on.
 */
export function concerns(item: ItemRow, ws: Pick<WorkspaceRow, 'memberId' | 'role'>): boolean {
  return item.meta.assigneeId === ws.memberId || (ws.role === 'executive' && item.createdBy === ws.memberId)
}

/**
 * The alerts due now, once per item and state. A state is keyed with the deadline it is about,
 * so a new due date (or the completion deadline after the acknowledgement one) warns again,
 * while the alarm ticking every minute over the same state never does. Items no longer open
 * drop out of the record, which keeps it as small as the backlog.
 */
export function planAlerts(
  items: readonly ItemRow[],
  ws: Pick<WorkspaceRow, 'memberId' | 'role'>,
  policy: SlaPolicy,
  now: number,
  announced: Announced,
): { alerts: Alert[]; announced: Announced } {
  const next: Announced = {}
  const alerts: Alert[] = []
  for (const item of items) {
    if (item.deleted === 1 || !concerns(item, ws)) continue
    // Never judged before its own last change: the record of a just-closed item may lag the clock.
    const at = Math.max(now, item.updatedAt)
    const sla = slaStatus(item, policy, at)
    if (!sla || sla.doneAt !== null) continue
    const seen = announced[item.id] ?? []
    if (seen.length > 0) next[item.id] = seen
    const key =
      sla.state === 'breached_done'
        ? `breached_done@${sla.doneDeadline}`
        : sla.state === 'breached_ack'
          ? `breached_ack@${sla.ackDeadline}`
          : sla.state === 'due_soon'
            ? `due_soon@${soonDeadline(item, sla, policy, at)}`
            : null
    if (key === null || seen.includes(key)) continue
    next[item.id] = [...seen, key]
    alerts.push({ item, kind: sla.state === 'due_soon' ? 'due_soon' : 'breached' })
  }
  return { alerts, announced: next }
}

/** The deadline a due-soon state is about: acknowledging when that one is close, else completing. */
function soonDeadline(item: ItemRow, sla: SlaStatus, policy: SlaPolicy, now: number): number {
  if (sla.acknowledgedAt === null) {
    const soonAt = addSlaMinutes(policy, sla.startedAt, (1 - DUE_SOON_SHARE) * policy.targets[item.meta.priority].acknowledgeMinutes)
    if (now >= soonAt && now <= sla.ackDeadline) return sla.ackDeadline
  }
  return sla.doneDeadline
}
