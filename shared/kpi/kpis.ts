import type { Priority } from '../schema/item'
import type { KpiRangeDays, KpiResponse } from '../schema/kpi'
import type { SlaPolicy } from '../schema/sla'
import { slaMinutesBetween } from './business-time'
import { FiguresAccumulator, isEmpty, type Contribution } from './figures'
import type { SlaSubject } from './life'
import { slaStatus } from './sla-state'
import { dayKey, instantOfWall, localDay } from './time-zone'

/**
 * Back-office figures for `GET /v1/kpis` and the offline dashboard, from metadata, status,
 * status times and creation time only (the sealed content is never read). Deleted items are
 * ignored entirely.
 *
 * The range is the last `rangeDays` local days of the policy's time zone, today included:
 * [midnight starting the first of them, now]. Two kinds of figures:
 *
 * Snapshots, at `now`, whatever the range (a backlog is a state, not a flow):
 * - open:     items in new, acknowledged, in progress or waiting;
 * - overdue:  open items out of SLA (state breached_ack or breached_done, see sla-state.ts).
 *
 * Flows, events that happened inside the range:
 * - created:      items created in the range (cancelled ones too: they were work that arrived);
 * - acknowledged: items first acknowledged in the range; `timeToAcknowledge` measures exactly
 *                 these, from clock start to acknowledgement;
 * - done:         items done in the range (status done now, done time in the range);
 *                 `timeToComplete` measures exactly these, from clock start to done;
 * - breached:     items that went out of SLA in the range (their first missed deadline fell in
 *                 it), whether they are still open or closed late since;
 * - withinSla:    the items whose SLA verdict fell in the range: done in the range (met or
 *                 missed) plus items still open that breached in the range (missed so far);
 *                 `share` = met / judged.
 * Durations are minutes on the policy's clock (business minutes under a business clock).
 * Cancelled items count in `created` only: they have no SLA.
 *
 * Every item falls in exactly one group of each breakdown, by its current assignee, category
 * and priority, so each breakdown's counts add up to the totals. Rows only appear for groups
 * with something to show, except priorities, which are always all four (urgent first).
 */

export interface KpiItem extends SlaSubject {
  id: string
  deleted: boolean
  meta: SlaSubject['meta'] & { assigneeId: string | null; category: string | null }
}

export interface KpiOptions {
  now: number
  rangeDays: KpiRangeDays
  /** Display names by member id, for the per-assistant rows. */
  memberNames?: Readonly<Record<string, string>>
}

const PRIORITY_ORDER: readonly Priority[] = ['urgent', 'high', 'normal', 'low']

export function computeKpis(items: readonly KpiItem[], policy: SlaPolicy, options: KpiOptions): KpiResponse {
  const { now, rangeDays } = options
  const today = localDay(now, policy.timeZone)
  const firstDay = today - rangeDays + 1
  const from = instantOfWall(policy.timeZone, firstDay, 0)
  const inRange = (t: number | null): t is number => t !== null && t >= from && t <= now
  // Day index of an event, clamped: a zone that falls back across midnight can put an instant
  // just after `from` on the day before.
  const dayIndex = (t: number) => Math.min(rangeDays - 1, Math.max(0, localDay(t, policy.timeZone) - firstDay))

  const totals = new FiguresAccumulator()
  const byAssignee = new Map<string | null, FiguresAccumulator>()
  const byCategory = new Map<string | null, FiguresAccumulator>()
  const byPriority = new Map(PRIORITY_ORDER.map((p) => [p, new FiguresAccumulator()]))
  const daily = Array.from({ length: rangeDays }, (_, i) => ({ date: dayKey(firstDay + i), created: 0, done: 0, breached: 0 }))

  for (const item of items) {
    if (item.deleted) continue
    const sla = slaStatus(item, policy, now)
    const created = inRange(item.createdAt)
    const open = sla !== null && sla.doneAt === null
    const acknowledged = sla !== null && inRange(sla.acknowledgedAt)
    const done = sla !== null && inRange(sla.doneAt)
    const breached = sla !== null && inRange(sla.breachedAt)
    const c: Contribution = {
      created,
      open,
      overdue: open && (sla.ackBreached || sla.doneBreached),
      ackMinutes: acknowledged ? slaMinutesBetween(policy, sla.startedAt, sla.acknowledgedAt as number) : null,
      doneMinutes: done ? slaMinutesBetween(policy, sla.startedAt, sla.doneAt as number) : null,
      breached,
      judged: done || (open && breached),
      met: done && sla.state === 'met',
    }
    if (isEmpty(c)) continue

    totals.add(c)
    groupOf(byAssignee, item.meta.assigneeId).add(c)
    groupOf(byCategory, item.meta.category).add(c)
    byPriority.get(item.meta.priority)?.add(c)
    const day = (t: number) => daily[dayIndex(t)] as (typeof daily)[number]
    if (created) day(item.createdAt).created++
    if (done) day(sla.doneAt as number).done++
    if (breached) day(sla.breachedAt as number).breached++
  }

  const names = options.memberNames ?? {}
  return {
    range: rangeDays === 7 ? '7d' : '30d',
    from,
    to: now,
    clock: policy.clock,
    timeZone: policy.timeZone,
    totals: totals.figures(),
    byAssignee: rows(byAssignee, (id) => (id !== null && Object.hasOwn(names, id) ? (names[id] ?? null) : null)).map(
      ({ key, name, figures }) => ({ assigneeId: key, name, ...figures }),
    ),
    byCategory: rows(byCategory, () => null).map(({ key, figures }) => ({ category: key, ...figures })),
    byPriority: PRIORITY_ORDER.map((priority) => ({ priority, ...(byPriority.get(priority) as FiguresAccumulator).figures() })),
    daily,
  }
}

function groupOf(groups: Map<string | null, FiguresAccumulator>, key: string | null): FiguresAccumulator {
  let acc = groups.get(key)
  if (!acc) {
    acc = new FiguresAccumulator()
    groups.set(key, acc)
  }
  return acc
}

/** Busiest first, the "none" group last, then by name or key for a stable order. */
function rows(groups: Map<string | null, FiguresAccumulator>, nameOf: (key: string | null) => string | null) {
  return [...groups]
    .map(([key, acc]) => ({ key, name: nameOf(key), figures: acc.figures() }))
    .sort((a, b) => {
      if ((a.key === null) !== (b.key === null)) return a.key === null ? 1 : -1
      if (a.figures.open !== b.figures.open) return b.figures.open - a.figures.open
      const an = a.name ?? a.key ?? ''
      const bn = b.name ?? b.key ?? ''
      return an < bn ? -1 : an > bn ? 1 : 0
    })
}
