import type { WeakSignal } from '../schema/kpi'
import type { SlaPolicy } from '../schema/sla'
import { slaDayMinutes, slaMinutesBetween } from './business-time'
import type { KpiItem } from './kpis'
import { lifeAt } from './life'
import { slaStatus } from './sla-state'
import { DAY_MS } from './time-zone'

/**
 * Weak signals ("signaux faibles"): trends worth a look before they show in the headline
 * figures. Each names the items behind it so the dashboard can link them. Thresholds pair a
 * relative bar with an absolute one, so that a back office of five items does not raise
 * alarms over one or two; they are tuned for a team of one executive and a few assistants.
 * Deleted and cancelled items never count.
 */

/** Week over week: today is compared with the same instant seven days earlier. */
export const SIGNAL_LOOKBACK_MS = 7 * DAY_MS

/** Backlog growing: at least 20% more open items than a week ago... */
export const BACKLOG_GROWTH_RATIO = 0.2
/** ...and at least 3 more, so 2 → 3 open items is not news. */
export const BACKLOG_MIN_GROWTH = 3

/** Overdue share rising: the share of open items out of SLA up by 10 points or more... */
export const OVERDUE_SHARE_RISE = 0.1
/** ...with at least 2 overdue items now, so a single late item in a tiny backlog is not a trend. */
export const OVERDUE_MIN_ITEMS = 2

/**
 * Waiting without a comment: an open item nobody has commented on for 3 days, counted on the
 * policy's clock (3 working days under a business clock, so a weekend does not set it off).
 * Three days is when "I'm on it" silence starts to look like "forgotten" to an executive.
 */
export const SILENCE_DAYS = 3

/** Overload: an assistant holding at least twice the open items of the others on average... */
export const OVERLOAD_RATIO = 2
/** ...and at least 5 more: 4 items against 2 is a difference, not an overload. */
export const OVERLOAD_MIN_EXCESS = 5

export interface WeakSignalOptions {
  now: number
  /** Latest comment time by item id; items missing from it were never commented on. */
  lastCommentAt: ReadonlyMap<string, number>
  /** Members who take work: an assistant with nothing assigned still counts among "the others". */
  assigneeIds?: readonly string[]
}

export function weakSignals(items: readonly KpiItem[], policy: SlaPolicy, options: WeakSignalOptions): WeakSignal[] {
  const live = items.filter((i) => !i.deleted)
  return [
    backlogGrowing(live, options.now),
    overdueShareRising(live, policy, options.now),
    waitingWithoutComment(live, policy, options),
    ...assistantsOverloaded(live, options),
  ].filter((s): s is WeakSignal => s !== null)
}

const isOpenAt = (item: KpiItem, at: number) => lifeAt(item, at).phase === 'open'
const byCreation = (a: KpiItem, b: KpiItem) => a.createdAt - b.createdAt

/** Evidence: how many more items are open than a week ago. Items: those that joined since. */
function backlogGrowing(items: readonly KpiItem[], now: number): WeakSignal | null {
  const then = now - SIGNAL_LOOKBACK_MS
  const openNow = items.filter((i) => isOpenAt(i, now))
  const backlogWeekAgo = items.filter((i) => isOpenAt(i, then)).length
  const growth = openNow.length - backlogWeekAgo
  if (growth < BACKLOG_MIN_GROWTH || openNow.length < backlogWeekAgo * (1 + BACKLOG_GROWTH_RATIO)) return null
  const joined = openNow.filter((i) => !isOpenAt(i, then)).sort(byCreation)
  return { code: 'backlog_growing', evidence: growth, itemIds: joined.map((i) => i.id), backlogNow: openNow.length, backlogWeekAgo }
}

/** Evidence: the rise of the overdue share, 0..1. Items: overdue now, longest overdue first. */
function overdueShareRising(items: readonly KpiItem[], policy: SlaPolicy, now: number): WeakSignal | null {
  const overdueAt = (at: number) => {
    const open = items.filter((i) => isOpenAt(i, at))
    const overdue = open
      .map((item) => ({ item, sla: slaStatus(item, policy, at) }))
      .filter(({ sla }) => sla !== null && sla.breachedAt !== null)
    return { share: open.length === 0 ? 0 : overdue.length / open.length, overdue }
  }
  const current = overdueAt(now)
  const before = overdueAt(now - SIGNAL_LOOKBACK_MS)
  const rise = current.share - before.share
  if (current.overdue.length < OVERDUE_MIN_ITEMS || rise < OVERDUE_SHARE_RISE) return null
  const ids = current.overdue.sort((a, b) => (a.sla?.breachedAt ?? 0) - (b.sla?.breachedAt ?? 0)).map(({ item }) => item.id)
  return { code: 'overdue_share_rising', evidence: rise, itemIds: ids, shareNow: current.share, shareWeekAgo: before.share }
}

/**
 * Silence runs from the latest comment, or from when the item's clock started if nobody ever
 * commented; status moves do not break it, since parking an item in "waiting" is exactly the
 * case to catch. Evidence: the longest silence, in minutes on the policy's clock.
 */
function waitingWithoutComment(items: readonly KpiItem[], policy: SlaPolicy, options: WeakSignalOptions): WeakSignal | null {
  const thresholdMinutes = SILENCE_DAYS * slaDayMinutes(policy)
  const silent = items
    .map((item) => ({ item, life: lifeAt(item, options.now) }))
    .filter(({ life }) => life.phase === 'open')
    .map(({ item, life }) => {
      const lastWord = Math.max(life.startedAt, options.lastCommentAt.get(item.id) ?? -Infinity)
      return { id: item.id, silence: slaMinutesBetween(policy, lastWord, options.now) }
    })
    .filter(({ silence }) => silence >= thresholdMinutes)
    .sort((a, b) => b.silence - a.silence)
  const longest = silent[0]
  if (!longest) return null
  return { code: 'waiting_without_comment', evidence: longest.silence, itemIds: silent.map((s) => s.id), thresholdMinutes }
}

/** Evidence: the assistant's open items. Items: those, oldest first. */
function assistantsOverloaded(items: readonly KpiItem[], options: WeakSignalOptions): WeakSignal[] {
  const loads = new Map<string, KpiItem[]>((options.assigneeIds ?? []).map((id) => [id, []]))
  for (const item of items) {
    const id = item.meta.assigneeId
    if (id === null || !isOpenAt(item, options.now)) continue
    const list = loads.get(id) ?? []
    list.push(item)
    loads.set(id, list)
  }
  if (loads.size < 2) return []
  const total = [...loads.values()].reduce((sum, l) => sum + l.length, 0)
  const signals: WeakSignal[] = []
  for (const [assigneeId, list] of loads) {
    const othersAverage = (total - list.length) / (loads.size - 1)
    const load = list.length
    if (load < OVERLOAD_RATIO * othersAverage || load - othersAverage < OVERLOAD_MIN_EXCESS) continue
    signals.push({
      code: 'assistant_overloaded',
      evidence: load,
      itemIds: [...list].sort(byCreation).map((i) => i.id),
      assigneeId,
      othersAverage,
    })
  }
  return signals.sort((a, b) => b.evidence - a.evidence)
}
