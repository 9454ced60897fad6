import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { computeKpis, type KpiItem } from '../../../shared/kpi/kpis'
import type { Item } from '../../../shared/schema/item'
import { KpiQuerySchema, KpiResponseSchema } from '../../../shared/schema/kpi'
import { HOUR, MIN, at, businessPolicy, calendarPolicy, item } from './helpers'

// Wednesday 11 June 2025, noon in Paris; the 7-day range is 5–11 June.
const NOW = at('2025-06-11T12:00:00+02:00')
const t = (iso: string) => at(`${iso}+02:00`)
const ackThenDone = (createdAt: number, ack: number, done: number | null) =>
  done === null
    ? { createdAt, status: 'in_progress' as const, times: { in_progress: createdAt + ack * MIN } }
    : { createdAt, status: 'done' as const, times: { acknowledged: createdAt + ack * MIN, done: createdAt + done * MIN } }

// Normal priority on the calendar clock: acknowledge within 24 h, complete within 3 days.
const items = [
  item({ id: 'a', ...ackThenDone(t('2025-06-09T10:00:00'), 10, 100), assigneeId: 'ann', category: 'travel' }),
  item({ id: 'b', ...ackThenDone(t('2025-06-09T11:00:00'), 20, 200), assigneeId: 'ann', category: 'travel' }),
  item({ id: 'c', ...ackThenDone(t('2025-06-10T09:00:00'), 30, 300), assigneeId: 'bob', category: 'finance', priority: 'high' }),
  item({ id: 'd', ...ackThenDone(t('2025-06-10T10:00:00'), 40, null), assigneeId: 'bob', category: 'finance' }),
  // Created before the range and never acknowledged: overdue, but breached before the range.
  item({ id: 'e', createdAt: t('2025-06-01T10:00:00') }),
  // Created in the range, not acknowledged by 8 June 10:00: breached in the range.
  item({ id: 'f', createdAt: t('2025-06-07T10:00:00') }),
  // Cancelled: counts as created, nothing else.
  item({
    id: 'g',
    createdAt: t('2025-06-11T08:00:00'),
    status: 'cancelled',
    times: { acknowledged: t('2025-06-11T08:10:00'), cancelled: t('2025-06-11T09:00:00') },
  }),
  // Deleted: invisible.
  item({ id: 'h', createdAt: t('2025-06-10T08:00:00'), deleted: true, assigneeId: 'zoe' }),
  // Done long before the range: nothing to report.
  item({ id: 'i', ...ackThenDone(t('2025-05-01T10:00:00'), 5, 50), assigneeId: 'carl' }),
]

describe('computeKpis on a hand-built week', () => {
  const k = computeKpis(items, calendarPolicy, { now: NOW, rangeDays: 7, memberNames: { ann: 'Ann' } })

  it('matches the response schema exactly', () => {
    expect(v.is(KpiResponseSchema, k)).toBe(true)
    expect(k).toMatchObject({ range: '7d', from: t('2025-06-05T00:00:00'), to: NOW, clock: 'calendar', timeZone: 'Europe/Paris' })
  })
  it('counts snapshots and flows', () => {
    expect(k.totals).toMatchObject({ open: 3, overdue: 2, created: 6, acknowledged: 4, done: 3, breached: 1 })
  })
  it('computes medians and p90s by linear interpolation', () => {
    // Acknowledged in 10, 20, 30, 40 min; completed in 100, 200, 300 min.
    expect(k.totals.timeToAcknowledge).toEqual({ count: 4, medianMinutes: 25, p90Minutes: 37 })
    expect(k.totals.timeToComplete).toEqual({ count: 3, medianMinutes: 200, p90Minutes: 280 })
  })
  it('judges the share within SLA on items done or breached in the range', () => {
    // a, b, c done in time; f breached while open.
    expect(k.totals.withinSla).toEqual({ judged: 4, met: 3, share: 0.75 })
  })
  it('breaks figures down per assistant, busiest first and unassigned last', () => {
    expect(k.byAssignee.map((r) => [r.assigneeId, r.name, r.open, r.done])).toEqual([
      ['bob', null, 1, 1],
      ['ann', 'Ann', 0, 2],
      [null, null, 2, 0],
    ])
    const ann = k.byAssignee.find((r) => r.assigneeId === 'ann')
    expect(ann?.timeToComplete).toEqual({ count: 2, medianMinutes: 150, p90Minutes: 190 })
    expect(ann?.withinSla.share).toBe(1)
  })
  it('breaks figures down per category and priority', () => {
    expect(k.byCategory.map((r) => [r.category, r.open, r.created, r.done])).toEqual([
      ['finance', 1, 2, 1],
      ['travel', 0, 2, 2],
      [null, 2, 2, 0],
    ])
    expect(k.byPriority.map((r) => r.priority)).toEqual(['urgent', 'high', 'normal', 'low'])
    expect(k.byPriority.find((r) => r.priority === 'high')).toMatchObject({ created: 1, done: 1, open: 0 })
    expect(k.byPriority.find((r) => r.priority === 'urgent')).toMatchObject({
      created: 0,
      timeToAcknowledge: { count: 0, medianMinutes: null, p90Minutes: null },
      withinSla: { share: null },
    })
  })
  it('gives a daily series in the local time zone', () => {
    expect(k.daily).toEqual([
      { date: '2025-06-05', created: 0, done: 0, breached: 0 },
      { date: '2025-06-06', created: 0, done: 0, breached: 0 },
      { date: '2025-06-07', created: 1, done: 0, breached: 0 },
      { date: '2025-06-08', created: 0, done: 0, breached: 1 },
      { date: '2025-06-09', created: 2, done: 2, breached: 0 },
      { date: '2025-06-10', created: 2, done: 1, breached: 0 },
      { date: '2025-06-11', created: 1, done: 0, breached: 0 },
    ])
  })
})

describe('computeKpis edge cases', () => {
  it('takes synced items as they are (checked by tsc)', () => {
    const asKpiItem = (i: Item): KpiItem => i
    expect(asKpiItem).toBeTypeOf('function')
  })
  it('never takes a name from the prototype chain', () => {
    const k = computeKpis([item({ createdAt: NOW - HOUR, assigneeId: 'constructor' })], calendarPolicy, {
      now: NOW,
      rangeDays: 7,
      memberNames: {},
    })
    expect(k.byAssignee[0]).toMatchObject({ assigneeId: 'constructor', name: null })
  })
  it('reports nulls, not zeros, when there is nothing to measure', () => {
    const k = computeKpis([], calendarPolicy, { now: NOW, rangeDays: 30 })
    expect(k.range).toBe('30d')
    expect(k.daily).toHaveLength(30)
    expect(k.daily[0]?.date).toBe('2025-05-13')
    expect(k.daily[29]?.date).toBe('2025-06-11')
    expect(k.totals.timeToComplete).toEqual({ count: 0, medianMinutes: null, p90Minutes: null })
    expect(k.totals.withinSla.share).toBeNull()
    expect(k.byAssignee).toEqual([])
  })
  it('puts an event on the local date, not the UTC one', () => {
    // 00:30 in Paris on 10 June is still 9 June in UTC.
    const k = computeKpis([item({ createdAt: t('2025-06-10T00:30:00') })], calendarPolicy, { now: NOW, rangeDays: 7 })
    expect(k.daily.find((d) => d.created)?.date).toBe('2025-06-10')
  })
  it('measures durations in business minutes under a business clock', () => {
    // Created Friday 17:50, acknowledged Monday 09:10: 20 business minutes, not 63 hours.
    const i = item({ createdAt: t('2025-06-06T17:50:00'), status: 'acknowledged', times: { acknowledged: t('2025-06-09T09:10:00') } })
    const k = computeKpis([i], businessPolicy, { now: NOW, rangeDays: 7 })
    expect(k.totals.timeToAcknowledge.medianMinutes).toBe(20)
    expect(k.clock).toBe('business')
  })
  it('treats a reopened done item as open and leaves it out of completion times', () => {
    const i = item({
      createdAt: t('2025-06-09T09:00:00'),
      status: 'in_progress',
      times: { acknowledged: t('2025-06-09T09:30:00'), done: t('2025-06-09T12:00:00'), in_progress: t('2025-06-10T09:00:00') },
    })
    const k = computeKpis([i], calendarPolicy, { now: NOW, rangeDays: 7 })
    expect(k.totals).toMatchObject({ open: 1, done: 0, acknowledged: 1, timeToComplete: { count: 0 } })
  })
  it('counts an item closed late once in the range, on the day it breached', () => {
    const i = item({
      createdAt: t('2025-06-05T09:00:00'),
      status: 'done',
      times: { acknowledged: t('2025-06-05T10:00:00'), done: t('2025-06-10T09:00:00') },
    })
    const k = computeKpis([i], calendarPolicy, { now: NOW, rangeDays: 7 })
    expect(k.totals).toMatchObject({ breached: 1, done: 1, withinSla: { judged: 1, met: 0, share: 0 } })
    expect(k.daily.find((d) => d.breached)?.date).toBe('2025-06-08')
  })
})

describe('KPI query', () => {
  it('defaults to 7 days and accepts only 7d and 30d', () => {
    expect(v.parse(KpiQuerySchema, {})).toEqual({ range: '7d' })
    expect(v.parse(KpiQuerySchema, { range: '30d' })).toEqual({ range: '30d' })
    expect(v.is(KpiQuerySchema, { range: '90d' })).toBe(false)
  })
})
