import type { SlaPolicy } from '../schema/sla'
import { addSlaMinutes, slaMinutesBetween } from './business-time'
import { lifeAt, type SlaSubject } from './life'

/**
 * An item's SLA state at an instant. Deadlines count from when the clock started (creation, or
 * the reopening of a cancelled item) on the policy's clock:
 * - acknowledge deadline: start + the priority's `acknowledgeMinutes`;
 * - completion deadline: the item's own `dueAt` when set (the executive's date beats the
 *   generic target), else start + the priority's `completeMinutes`.
 * A deadline is an instant; an event exactly on it is on time.
 *
 * States, the worst that applies winning:
 * - 'breached_done': still open and the completion deadline has passed;
 * - 'breached_ack':  still open, and the acknowledge deadline passed before anyone acknowledged
 *                    it (an acknowledgement breach is never forgiven while the item is open);
 * - 'due_soon':      still open and, for a deadline still pending, at most DUE_SOON_SHARE of
 *                    its target is left;
 * - 'on_time':       still open, none of the above;
 * - 'met':           done, acknowledged and completed by their deadlines;
 * - 'missed':        done, but acknowledged or completed late.
 * Cancelled items (and items not created yet at that instant) have no SLA: `slaStatus` is null.
 */

export const SLA_STATES = ['on_time', 'due_soon', 'breached_ack', 'breached_done', 'met', 'missed'] as const
export type SlaState = (typeof SLA_STATES)[number]

/**
 * Due soon once 20% or less of the target is left, measured on the policy's clock. A share
 * rather than a fixed hour, because targets run from 30 minutes to a week: a fixed hour would
 * flag an urgent item from birth and warn about a low one only at the last moment. Urgent
 * (30 min / 4 h) warns 6 min / 48 min ahead; low (2 d / 7 d) about 10 h / 34 h ahead.
 */
export const DUE_SOON_SHARE = 0.2

export interface SlaStatus {
  state: SlaState
  startedAt: number
  acknowledgedAt: number | null
  doneAt: number | null
  ackDeadline: number
  doneDeadline: number
  /** Acknowledged late, or not yet while its deadline has passed. */
  ackBreached: boolean
  /** Completed late, or not yet while its deadline has passed. */
  doneBreached: boolean
  /** The first deadline missed, if any: when the item went out of SLA. */
  breachedAt: number | null
  /** Earliest future instant at which the state may change with nobody touching the item: when to look again. */
  nextChangeAt: number | null
}

export function slaStatus(item: SlaSubject, policy: SlaPolicy, now: number): SlaStatus | null {
  const life = lifeAt(item, now)
  if (life.phase === 'absent' || life.phase === 'cancelled') return null
  const { startedAt, acknowledgedAt, doneAt } = life
  const target = policy.targets[item.meta.priority]
  const ackDeadline = addSlaMinutes(policy, startedAt, target.acknowledgeMinutes)
  const doneDeadline = item.meta.dueAt ?? addSlaMinutes(policy, startedAt, target.completeMinutes)
  const ackBreached = acknowledgedAt !== null ? acknowledgedAt > ackDeadline : now > ackDeadline
  const doneBreached = doneAt !== null ? doneAt > doneDeadline : now > doneDeadline
  const missed = [ackBreached ? ackDeadline : Infinity, doneBreached ? doneDeadline : Infinity]
  const breachedAt = Math.min(...missed)
  const base = {
    startedAt,
    acknowledgedAt,
    doneAt,
    ackDeadline,
    doneDeadline,
    ackBreached,
    doneBreached,
    breachedAt: Number.isFinite(breachedAt) ? breachedAt : null,
  }

  if (life.phase === 'done') return { ...base, state: ackBreached || doneBreached ? 'missed' : 'met', nextChangeAt: null }

  // Pending deadlines: when each turns due soon and, a millisecond past it, breached.
  const pending: Array<{ deadline: number; soonAt: number }> = []
  if (acknowledgedAt === null) {
    pending.push({ deadline: ackDeadline, soonAt: addSlaMinutes(policy, startedAt, (1 - DUE_SOON_SHARE) * target.acknowledgeMinutes) })
  }
  const doneTarget = item.meta.dueAt === null ? target.completeMinutes : slaMinutesBetween(policy, startedAt, doneDeadline)
  pending.push({ deadline: doneDeadline, soonAt: addSlaMinutes(policy, startedAt, (1 - DUE_SOON_SHARE) * doneTarget) })

  const dueSoon = pending.some((p) => now >= p.soonAt && now <= p.deadline)
  const state: SlaState = doneBreached ? 'breached_done' : ackBreached ? 'breached_ack' : dueSoon ? 'due_soon' : 'on_time'
  const changes = pending.flatMap((p) => [p.soonAt, p.deadline + 1]).filter((t) => t > now)
  return { ...base, state, nextChangeAt: changes.length ? Math.min(...changes) : null }
}
