import type { Priority, Status } from '../schema/item'

/**
 * What an item looked like at an instant, rebuilt from the little the server keeps: its current
 * status, its creation time and `statusTimes`, the LATEST time it entered each status. Weak
 * signals compare today with a week ago, so this must answer for past instants too.
 *
 * At or after the newest recorded time the answer is exact (the current status). For an earlier
 * instant the status then is taken as the one entered last before it; an item that re-entered
 * a status afterwards (reopened, back from waiting) loses that earlier visit, which can make the
 * past slightly wrong for reopened items, never the present.
 *
 * - The SLA clock starts at creation, or again when a cancelled item is reopened (cancelled →
 *   new records a `new` time after creation): cancelling meant nobody owed that work.
 *   Reopening a done item (done → in_progress) does not restart it: the original promise stands.
 * - Acknowledged = first move out of `new` (to acknowledged, in progress, waiting or even
 *   straight to done) since the clock started: the earliest of those statuses' times.
 * - Done = the status at that instant is `done`; its time is the latest `done` entry.
 */

/** The part of an item SLA and KPI arithmetic may read: never its sealed content. */
export interface SlaSubject {
  meta: { priority: Priority; dueAt: number | null }
  status: Status
  statusTimes: Partial<Record<Status, number>>
  createdAt: number
}

export type Phase = 'absent' | 'open' | 'done' | 'cancelled'

export interface Life {
  phase: Phase
  /** When the SLA clock (re)started. */
  startedAt: number
  acknowledgedAt: number | null
  doneAt: number | null
  /** When the item entered its status at that instant: the time a closed item closed. */
  since: number
}

const WORK_STATUSES: readonly Status[] = ['acknowledged', 'in_progress', 'waiting', 'done']
// On equal times the status further along the life cycle is the one that stuck.
const ORDER: readonly Status[] = ['new', 'acknowledged', 'in_progress', 'waiting', 'cancelled', 'done']

function statusAt(item: SlaSubject, at: number): { status: Status; since: number } {
  let best: { status: Status; since: number } = { status: 'new', since: item.createdAt }
  let newest = item.createdAt
  for (const s of ORDER) {
    const t = item.statusTimes[s]
    if (t === undefined) continue
    newest = Math.max(newest, t)
    if (t <= at && t >= best.since) best = { status: s, since: t }
  }
  if (at >= newest) return { status: item.status, since: item.statusTimes[item.status] ?? best.since }
  return best
}

export function lifeAt(item: SlaSubject, at: number): Life {
  const absent: Life = { phase: 'absent', startedAt: item.createdAt, acknowledgedAt: null, doneAt: null, since: item.createdAt }
  if (item.createdAt > at) return absent
  const { status, since } = statusAt(item, at)
  const reopened = item.statusTimes.new
  const startedAt = reopened !== undefined && reopened > item.createdAt && reopened <= at ? reopened : item.createdAt
  const phase: Phase = status === 'done' ? 'done' : status === 'cancelled' ? 'cancelled' : 'open'
  let acknowledgedAt: number | null = null
  if (status !== 'new') {
    for (const s of WORK_STATUSES) {
      const t = item.statusTimes[s]
      if (t !== undefined && t >= startedAt && t <= at && (acknowledgedAt === null || t < acknowledgedAt)) acknowledgedAt = t
    }
  }
  const doneAt = phase === 'done' ? since : null
  // A done item always counts as acknowledged, even if its times were recorded oddly.
  if (doneAt !== null && (acknowledgedAt === null || acknowledgedAt > doneAt)) acknowledgedAt = doneAt
  return { phase, startedAt, acknowledgedAt, doneAt, since }
}
