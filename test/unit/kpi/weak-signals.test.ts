import fc from 'fast-check'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import type { KpiItem } from '../../../shared/kpi/kpis'
import {
  BACKLOG_GROWTH_RATIO,
  BACKLOG_MIN_GROWTH,
  OVERDUE_MIN_ITEMS,
  OVERDUE_SHARE_RISE,
  OVERLOAD_MIN_EXCESS,
  OVERLOAD_RATIO,
  SILENCE_DAYS,
  weakSignals,
  type WeakSignalOptions,
} from '../../../shared/kpi/weak-signals'
import { WeakSignalSchema, type WeakSignalCode } from '../../../shared/schema/kpi'
import { itemArb, nowArb } from './arbitraries'
import { DAY, HOUR, MIN, at, businessPolicy, calendarPolicy, item } from './helpers'

// Wednesday 11 June 2025, noon in Paris; "a week ago" is 4 June, noon.
const NOW = at('2025-06-11T12:00:00+02:00')
const t = (iso: string) => at(`${iso}+02:00`)
const opts = (extra: Partial<WeakSignalOptions> = {}): WeakSignalOptions => ({ now: NOW, lastCommentAt: new Map(), ...extra })
const signal = (items: KpiItem[], code: WeakSignalCode, options = opts(), policy = calendarPolicy) =>
  weakSignals(items, policy, options).filter((s) => s.code === code)
// Open and acknowledged, so only the completion deadline (3 days, normal) matters.
const working = (id: string, createdAt: number, extra: Partial<Parameters<typeof item>[0]> = {}) =>
  item({ id, createdAt, status: 'in_progress', times: { in_progress: createdAt + 10 * MIN }, ...extra })
const many = (n: number, make: (i: number) => KpiItem) => Array.from({ length: n }, (_, i) => make(i))

describe('thresholds', () => {
  it('are the documented ones', () => {
    expect([
      BACKLOG_GROWTH_RATIO,
      BACKLOG_MIN_GROWTH,
      OVERDUE_SHARE_RISE,
      OVERDUE_MIN_ITEMS,
      SILENCE_DAYS,
      OVERLOAD_RATIO,
      OVERLOAD_MIN_EXCESS,
    ]).toEqual([0.2, 3, 0.1, 2, 3, 2, 5])
  })
})

describe('backlog growing week over week', () => {
  const old = many(5, (i) => working(`old${i}`, t('2025-06-03T09:00:00'), { dueAt: t('2025-07-01T00:00:00') }))
  const fresh = (n: number) => many(n, (i) => working(`new${i}`, t(`2025-06-0${9}T1${i}:00:00`), { dueAt: t('2025-07-01T00:00:00') }))

  it('fires when the backlog grew by 20% and at least 3 items, naming the newcomers', () => {
    const [s] = signal([...old, ...fresh(3)], 'backlog_growing')
    expect(s).toEqual({ code: 'backlog_growing', evidence: 3, itemIds: ['new0', 'new1', 'new2'], backlogNow: 8, backlogWeekAgo: 5 })
  })
  it('stays quiet below 3 more items', () => {
    expect(signal([...old, ...fresh(2)], 'backlog_growing')).toEqual([])
  })
  it('stays quiet below 20% growth', () => {
    const big = many(20, (i) => working(`big${i}`, t('2025-06-01T09:00:00'), { dueAt: t('2025-07-01T00:00:00') }))
    expect(signal([...big, ...fresh(3)], 'backlog_growing')).toEqual([])
  })
  it('counts work closed during the week', () => {
    const closed = old
      .slice(0, 2)
      .map((i) => ({ ...i, status: 'done' as const, statusTimes: { ...i.statusTimes, done: t('2025-06-08T10:00:00') } }))
    expect(signal([...closed, ...old.slice(2), ...fresh(4)], 'backlog_growing')).toEqual([])
  })
})

describe('overdue share rising', () => {
  it('fires when the share of overdue open items rose by 10 points, listing them longest overdue first', () => {
    // Created 4 June: on time a week ago, past their 3-day completion target now.
    const late = [working('late1', t('2025-06-04T11:00:00')), working('late0', t('2025-06-04T10:00:00'))]
    const fine = many(2, (i) => working(`fine${i}`, t('2025-06-10T10:00:00')))
    const [s] = signal([...late, ...fine], 'overdue_share_rising')
    expect(s).toMatchObject({ code: 'overdue_share_rising', evidence: 0.5, shareNow: 0.5, shareWeekAgo: 0, itemIds: ['late0', 'late1'] })
  })
  it('stays quiet when the same items were already overdue a week ago', () => {
    const stale = many(3, (i) => working(`stale${i}`, t('2025-05-20T10:00:00')))
    expect(signal(stale, 'overdue_share_rising')).toEqual([])
  })
  it('stays quiet with a single overdue item', () => {
    const items = [working('late', t('2025-06-04T10:00:00')), working('fine', t('2025-06-10T10:00:00'))]
    expect(signal(items, 'overdue_share_rising')).toEqual([])
  })
})

describe('items waiting long without a comment', () => {
  const created = t('2025-06-05T09:00:00')
  it('fires for open items silent for 3 days, longest silence first', () => {
    const items = [
      working('chatty', created),
      working('quiet', created),
      working('mute', created),
      item({ id: 'closed', createdAt: created, status: 'done', times: { done: created + HOUR } }),
    ]
    const lastCommentAt = new Map([
      ['chatty', t('2025-06-10T12:00:00')],
      ['quiet', t('2025-06-07T12:00:00')],
    ])
    const [s] = signal(items, 'waiting_without_comment', opts({ lastCommentAt }))
    expect(s).toEqual({
      code: 'waiting_without_comment',
      evidence: (NOW - created) / MIN,
      itemIds: ['mute', 'quiet'],
      thresholdMinutes: 3 * 1440,
    })
  })
  it('stays quiet when every open item was commented on recently', () => {
    const lastCommentAt = new Map([['a', NOW - DAY]])
    expect(signal([working('a', created)], 'waiting_without_comment', opts({ lastCommentAt }))).toEqual([])
  })
  it('does not count the weekend under a business clock', () => {
    // Friday 17:00 to Wednesday noon: 5 calendar days but 1 + 9 + 9 + 3 = 22 working hours.
    const items = [working('fri', t('2025-06-06T17:00:00'))]
    expect(signal(items, 'waiting_without_comment', opts(), businessPolicy)).toEqual([])
    expect(signal(items, 'waiting_without_comment')).toHaveLength(1)
  })
})

describe("an assistant's load far above the others'", () => {
  const load = (who: string, n: number) => many(n, (i) => working(`${who}${i}`, t('2025-06-10T09:00:00') + i * MIN, { assigneeId: who }))

  it('fires at twice the others’ average and 5 items more', () => {
    const s = signal([...load('ann', 12), ...load('bob', 5)], 'assistant_overloaded')
    expect(s).toHaveLength(1)
    expect(s[0]).toMatchObject({ assigneeId: 'ann', evidence: 12, othersAverage: 5 })
    expect(s[0]?.itemIds).toEqual(load('ann', 12).map((i) => i.id))
  })
  it('stays quiet below either bar', () => {
    expect(signal([...load('ann', 9), ...load('bob', 5)], 'assistant_overloaded')).toEqual([])
    expect(signal([...load('ann', 4), ...load('bob', 0)], 'assistant_overloaded', opts({ assigneeIds: ['ann', 'bob'] }))).toEqual([])
  })
  it('counts idle colleagues it is told about, and needs someone to compare with', () => {
    expect(signal(load('ann', 6), 'assistant_overloaded')).toEqual([])
    expect(signal(load('ann', 6), 'assistant_overloaded', opts({ assigneeIds: ['ann', 'cleo'] }))[0]).toMatchObject({
      assigneeId: 'ann',
      othersAverage: 0,
    })
  })
  it('ignores deleted and closed items', () => {
    const gone = load('ann', 12).map((i, n) => (n < 6 ? { ...i, deleted: true } : i))
    expect(signal([...gone, ...load('bob', 5)], 'assistant_overloaded')).toEqual([])
  })
})

describe('weak signal properties', () => {
  it('always fit the wire schema and name only live items', () => {
    const setup = nowArb.chain((now) => fc.record({ now: fc.constant(now), items: fc.array(itemArb(now), { maxLength: 40 }) }))
    fc.assert(
      fc.property(setup, ({ now, items }) => {
        const live = new Set(items.filter((i) => !i.deleted).map((i) => i.id))
        for (const s of weakSignals(items, calendarPolicy, { now, lastCommentAt: new Map() })) {
          expect(v.is(WeakSignalSchema, s)).toBe(true)
          expect(s.itemIds.length).toBeGreaterThan(0)
          for (const id of s.itemIds) expect(live.has(id)).toBe(true)
        }
      }),
      { numRuns: 50 },
    )
  })
})
