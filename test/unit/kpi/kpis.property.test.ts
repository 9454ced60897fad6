import fc from 'fast-check'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { computeKpis } from '../../../shared/kpi/kpis'
import { KpiResponseSchema, type KpiFigures } from '../../../shared/schema/kpi'
import { isOpen } from '../../../shared/status'
import { itemArb, nowArb } from './arbitraries'
import { businessPolicy, calendarPolicy } from './helpers'

const setup = nowArb.chain((now) =>
  fc.record({
    now: fc.constant(now),
    items: fc.array(itemArb(now), { maxLength: 40 }),
    policy: fc.constantFrom(calendarPolicy, businessPolicy, { ...businessPolicy, timeZone: 'America/New_York' }),
    rangeDays: fc.constantFrom(7 as const, 30 as const),
  }),
)

const COUNTS = ['open', 'overdue', 'created', 'acknowledged', 'done', 'breached'] as const
const counts = (f: KpiFigures) => [
  ...COUNTS.map((c) => f[c]),
  f.timeToAcknowledge.count,
  f.timeToComplete.count,
  f.withinSla.judged,
  f.withinSla.met,
]
const sum = (rows: readonly KpiFigures[]) =>
  rows.map(counts).reduce(
    (acc, row) => acc.map((x, i) => x + (row[i] ?? 0)),
    counts(rows[0] ?? emptyFigures()).map(() => 0),
  )
function emptyFigures(): KpiFigures {
  const d = { count: 0, medianMinutes: null, p90Minutes: null }
  return {
    open: 0,
    overdue: 0,
    created: 0,
    acknowledged: 0,
    done: 0,
    breached: 0,
    timeToAcknowledge: d,
    timeToComplete: d,
    withinSla: { judged: 0, met: 0, share: null },
  }
}

describe('computeKpis properties', () => {
  it('always fits the wire schema', () => {
    fc.assert(
      fc.property(setup, ({ items, policy, now, rangeDays }) => {
        const k = computeKpis(items, policy, { now, rangeDays })
        const parsed = v.safeParse(KpiResponseSchema, k)
        expect(parsed.issues ?? []).toEqual([])
      }),
    )
  })
  it('breakdowns add up to the totals', () => {
    fc.assert(
      fc.property(setup, ({ items, policy, now, rangeDays }) => {
        const k = computeKpis(items, policy, { now, rangeDays })
        const totals = counts(k.totals)
        expect(sum(k.byAssignee)).toEqual(totals)
        expect(sum(k.byCategory)).toEqual(totals)
        expect(sum(k.byPriority)).toEqual(totals)
        const daily = k.daily.reduce<[number, number, number]>((a, d) => [a[0] + d.created, a[1] + d.done, a[2] + d.breached], [0, 0, 0])
        expect(daily).toEqual([k.totals.created, k.totals.done, k.totals.breached])
      }),
    )
  })
  it('keeps every figure coherent in every group', () => {
    fc.assert(
      fc.property(setup, ({ items, policy, now, rangeDays }) => {
        const k = computeKpis(items, policy, { now, rangeDays })
        for (const f of [k.totals, ...k.byAssignee, ...k.byCategory, ...k.byPriority]) {
          expect(f.overdue).toBeLessThanOrEqual(f.open)
          expect(f.withinSla.met).toBeLessThanOrEqual(f.withinSla.judged)
          if (f.withinSla.share !== null) {
            expect(f.withinSla.share).toBeGreaterThanOrEqual(0)
            expect(f.withinSla.share).toBeLessThanOrEqual(1)
          }
          expect(f.withinSla.share === null).toBe(f.withinSla.judged === 0)
          expect(f.timeToAcknowledge.count).toBe(f.acknowledged)
          expect(f.timeToComplete.count).toBe(f.done)
          for (const d of [f.timeToAcknowledge, f.timeToComplete]) {
            expect(d.medianMinutes === null).toBe(d.count === 0)
            if (d.medianMinutes !== null && d.p90Minutes !== null) {
              expect(d.medianMinutes).toBeGreaterThanOrEqual(0)
              expect(d.medianMinutes).toBeLessThanOrEqual(d.p90Minutes)
            }
          }
        }
      }),
    )
  })
  it('agrees with a direct count of open and done items', () => {
    fc.assert(
      fc.property(setup, ({ items, policy, now, rangeDays }) => {
        const k = computeKpis(items, policy, { now, rangeDays })
        const live = items.filter((i) => !i.deleted)
        expect(k.totals.open).toBe(live.filter((i) => isOpen(i.status)).length)
        const doneTime = (i: (typeof live)[number]) => i.statusTimes.done ?? -1
        expect(k.totals.done).toBe(live.filter((i) => i.status === 'done' && doneTime(i) >= k.from && doneTime(i) <= now).length)
        expect(k.totals.created).toBe(live.filter((i) => i.createdAt >= k.from).length)
      }),
    )
  })
  it('has one day per day of the range, consecutive, ending today', () => {
    fc.assert(
      fc.property(setup, ({ items, policy, now, rangeDays }) => {
        const k = computeKpis(items, policy, { now, rangeDays })
        expect(k.daily).toHaveLength(rangeDays)
        const days = k.daily.map((d) => Date.parse(`${d.date}T00:00:00Z`) / 86_400_000)
        for (let i = 1; i < days.length; i++) expect(days[i]! - days[i - 1]!).toBe(1)
        const today = new Intl.DateTimeFormat('en-CA', { timeZone: policy.timeZone }).format(now)
        expect(k.daily.at(-1)?.date).toBe(today)
      }),
    )
  })
  it('ignores deleted items and input order', () => {
    fc.assert(
      fc.property(setup, ({ items, policy, now, rangeDays }) => {
        const k = computeKpis(items, policy, { now, rangeDays })
        expect(
          computeKpis(
            items.filter((i) => !i.deleted),
            policy,
            { now, rangeDays },
          ),
        ).toEqual(k)
        expect(computeKpis([...items].reverse(), policy, { now, rangeDays })).toEqual(k)
      }),
    )
  })
})
