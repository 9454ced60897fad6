import { describe, expect, it } from 'vitest'
import { DUE_SOON_SHARE, slaStatus } from '../../../shared/kpi/sla-state'
import { HOUR, MIN, at, businessPolicy, calendarPolicy, item } from './helpers'

// Monday 2 June 2025, 10:00 in Paris. Normal priority on the default policy: acknowledge within
// 24 h, complete within 3 days.
const T0 = at('2025-06-02T10:00:00+02:00')

describe('SLA state', () => {
  it('is on time right after creation, with both deadlines from the policy', () => {
    const s = slaStatus(item({ createdAt: T0 }), calendarPolicy, T0 + HOUR)
    expect(s).toMatchObject({
      state: 'on_time',
      startedAt: T0,
      ackDeadline: T0 + 24 * HOUR,
      doneDeadline: T0 + 72 * HOUR,
      acknowledgedAt: null,
      breachedAt: null,
    })
  })
  it('is due soon once 20% or less of the acknowledge target is left', () => {
    expect(DUE_SOON_SHARE).toBe(0.2)
    const i = item({ createdAt: T0 })
    expect(slaStatus(i, calendarPolicy, T0 + 19 * HOUR)?.state).toBe('on_time')
    expect(slaStatus(i, calendarPolicy, T0 + 19.2 * HOUR)?.state).toBe('due_soon')
    expect(slaStatus(i, calendarPolicy, T0 + 24 * HOUR)?.state).toBe('due_soon')
  })
  it('is due soon near the completion deadline once acknowledged', () => {
    const i = item({ createdAt: T0, status: 'in_progress', times: { in_progress: T0 + HOUR } })
    expect(slaStatus(i, calendarPolicy, T0 + 57 * HOUR)?.state).toBe('on_time')
    expect(slaStatus(i, calendarPolicy, T0 + 58 * HOUR)?.state).toBe('due_soon')
  })
  it('is breached_ack when nobody acknowledged in time, and stays so after a late acknowledgement', () => {
    const waiting = slaStatus(item({ createdAt: T0 }), calendarPolicy, T0 + 25 * HOUR)
    expect(waiting).toMatchObject({ state: 'breached_ack', ackBreached: true, doneBreached: false, breachedAt: T0 + 24 * HOUR })
    const late = slaStatus(
      item({ createdAt: T0, status: 'acknowledged', times: { acknowledged: T0 + 30 * HOUR } }),
      calendarPolicy,
      T0 + 31 * HOUR,
    )
    expect(late?.state).toBe('breached_ack')
  })
  it('is breached_done when the completion deadline passes, which outranks breached_ack', () => {
    const s = slaStatus(item({ createdAt: T0, status: 'in_progress', times: { in_progress: T0 + HOUR } }), calendarPolicy, T0 + 73 * HOUR)
    expect(s).toMatchObject({ state: 'breached_done', ackBreached: false, doneBreached: true, breachedAt: T0 + 72 * HOUR })
    const both = slaStatus(item({ createdAt: T0 }), calendarPolicy, T0 + 73 * HOUR)
    expect(both).toMatchObject({ state: 'breached_done', ackBreached: true, breachedAt: T0 + 24 * HOUR })
  })
  it('is met when acknowledged and done in time; an event exactly on the deadline is on time', () => {
    const s = slaStatus(
      item({ createdAt: T0, status: 'done', times: { acknowledged: T0 + 24 * HOUR, done: T0 + 72 * HOUR } }),
      calendarPolicy,
      T0 + 100 * HOUR,
    )
    expect(s).toMatchObject({ state: 'met', acknowledgedAt: T0 + 24 * HOUR, doneAt: T0 + 72 * HOUR, breachedAt: null, nextChangeAt: null })
  })
  it('counts going straight to done as the acknowledgement', () => {
    const s = slaStatus(item({ createdAt: T0, status: 'done', times: { done: T0 + 2 * HOUR } }), calendarPolicy, T0 + 3 * HOUR)
    expect(s).toMatchObject({ state: 'met', acknowledgedAt: T0 + 2 * HOUR })
  })
  it('is missed when closed late, or acknowledged late', () => {
    const lateDone = item({ createdAt: T0, status: 'done', times: { acknowledged: T0 + HOUR, done: T0 + 80 * HOUR } })
    expect(slaStatus(lateDone, calendarPolicy, T0 + 90 * HOUR)).toMatchObject({
      state: 'missed',
      doneBreached: true,
      breachedAt: T0 + 72 * HOUR,
    })
    const lateAck = item({ createdAt: T0, status: 'done', times: { acknowledged: T0 + 30 * HOUR, done: T0 + 40 * HOUR } })
    expect(slaStatus(lateAck, calendarPolicy, T0 + 90 * HOUR)).toMatchObject({ state: 'missed', ackBreached: true, doneBreached: false })
  })
  it("lets the item's own due date override the completion target, both ways", () => {
    const sooner = item({ createdAt: T0, status: 'in_progress', times: { in_progress: T0 + MIN }, dueAt: T0 + 2 * HOUR })
    expect(slaStatus(sooner, calendarPolicy, T0 + HOUR)).toMatchObject({ state: 'on_time', doneDeadline: T0 + 2 * HOUR })
    // 20% of a 2-hour target: due soon from 1 h 36.
    expect(slaStatus(sooner, calendarPolicy, T0 + 100 * MIN)?.state).toBe('due_soon')
    expect(slaStatus(sooner, calendarPolicy, T0 + 3 * HOUR)?.state).toBe('breached_done')
    const later = item({ createdAt: T0, status: 'done', times: { acknowledged: T0 + MIN, done: T0 + 96 * HOUR }, dueAt: T0 + 120 * HOUR })
    expect(slaStatus(later, calendarPolicy, T0 + 200 * HOUR)?.state).toBe('met')
  })
  it('excludes cancelled items and items that do not exist yet', () => {
    expect(
      slaStatus(item({ createdAt: T0, status: 'cancelled', times: { cancelled: T0 + HOUR } }), calendarPolicy, T0 + 100 * HOUR),
    ).toBeNull()
    expect(slaStatus(item({ createdAt: T0 }), calendarPolicy, T0 - 1)).toBeNull()
  })
  it('restarts the clock when a cancelled item is reopened', () => {
    const reopened = T0 + 100 * HOUR
    const i = item({ createdAt: T0, status: 'new', times: { new: reopened, cancelled: T0 + HOUR } })
    expect(slaStatus(i, calendarPolicy, reopened + HOUR)).toMatchObject({
      state: 'on_time',
      startedAt: reopened,
      ackDeadline: reopened + 24 * HOUR,
    })
    // Seen from before the reopening, it was cancelled.
    expect(slaStatus(i, calendarPolicy, T0 + 50 * HOUR)).toBeNull()
  })
  it('keeps the original deadline when a done item is reopened', () => {
    const i = item({
      createdAt: T0,
      status: 'in_progress',
      times: { acknowledged: T0 + HOUR, done: T0 + 10 * HOUR, in_progress: T0 + 80 * HOUR },
    })
    const now = slaStatus(i, calendarPolicy, T0 + 81 * HOUR)
    expect(now).toMatchObject({ state: 'breached_done', doneAt: null, acknowledgedAt: T0 + HOUR })
    // Looking back to when it was done, it had met its SLA.
    expect(slaStatus(i, calendarPolicy, T0 + 20 * HOUR)?.state).toBe('met')
  })
  it('ignores what happened after the instant asked about', () => {
    const i = item({ createdAt: T0, status: 'done', times: { acknowledged: T0 + HOUR, done: T0 + 5 * HOUR } })
    expect(slaStatus(i, calendarPolicy, T0 + 30 * MIN)).toMatchObject({ state: 'on_time', acknowledgedAt: null, doneAt: null })
    expect(slaStatus(i, calendarPolicy, T0 + 2 * HOUR)).toMatchObject({ state: 'on_time', acknowledgedAt: T0 + HOUR, doneAt: null })
  })
  it('counts deadlines in business hours under a business clock', () => {
    // Urgent, created Friday 17:50: acknowledge by Monday 09:20, complete (4 h) by Monday 12:50.
    const fri = at('2025-06-06T17:50:00+02:00')
    const i = item({ createdAt: fri, priority: 'urgent' })
    const s = slaStatus(i, businessPolicy, at('2025-06-08T12:00:00+02:00'))
    expect(s).toMatchObject({
      state: 'on_time',
      ackDeadline: at('2025-06-09T09:20:00+02:00'),
      doneDeadline: at('2025-06-09T12:50:00+02:00'),
    })
    // 20% of 30 minutes: due soon from Monday 09:14.
    expect(slaStatus(i, businessPolicy, at('2025-06-09T09:13:00+02:00'))?.state).toBe('on_time')
    expect(slaStatus(i, businessPolicy, at('2025-06-09T09:15:00+02:00'))?.state).toBe('due_soon')
    expect(slaStatus(i, businessPolicy, at('2025-06-09T09:21:00+02:00'))?.state).toBe('breached_ack')
  })
  it('tells when to look again', () => {
    const i = item({ createdAt: T0 })
    expect(slaStatus(i, calendarPolicy, T0)?.nextChangeAt).toBe(T0 + 19.2 * HOUR)
    expect(slaStatus(i, calendarPolicy, T0 + 20 * HOUR)?.nextChangeAt).toBe(T0 + 24 * HOUR + 1)
    expect(slaStatus(i, calendarPolicy, T0 + 25 * HOUR)?.nextChangeAt).toBe(T0 + 72 * 0.8 * HOUR)
  })
})
