import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { addSlaMinutes, slaDayMinutes, slaMinutesBetween, type SlaClock } from '../../../shared/kpi/business-time'
import { dayKey, instantOfWall, isValidTimeZone, localDay, weekdayOf } from '../../../shared/kpi/time-zone'
import { MIN, at, businessPolicy, calendarPolicy } from './helpers'

const paris: SlaClock = businessPolicy // Mon–Fri, 09:00–18:00, Europe/Paris
const allDay = (timeZone: string, workStartMinute = 0, workEndMinute = 1440): SlaClock => ({
  clock: 'business',
  timeZone,
  workdays: [0, 1, 2, 3, 4, 5, 6],
  workStartMinute,
  workEndMinute,
})

describe('time zone helpers', () => {
  it('names local days and weekdays in the zone, not in UTC', () => {
    // 23:30 UTC on a Sunday is already Monday in Paris (summer time).
    const t = at('2025-06-01T23:30:00Z')
    expect(dayKey(localDay(t, 'Europe/Paris'))).toBe('2025-06-02')
    expect(weekdayOf(localDay(t, 'Europe/Paris'))).toBe(1)
    expect(dayKey(localDay(t, 'America/New_York'))).toBe('2025-06-01')
  })
  it('turns wall times into instants across DST changes', () => {
    const day = (iso: string) => localDay(at(`${iso}T12:00:00Z`), 'Europe/Paris')
    expect(instantOfWall('Europe/Paris', day('2025-03-29'), 9 * 60)).toBe(at('2025-03-29T09:00:00+01:00'))
    expect(instantOfWall('Europe/Paris', day('2025-03-31'), 9 * 60)).toBe(at('2025-03-31T09:00:00+02:00'))
    // 02:30 does not exist on 30 March: it means 03:30 CEST.
    expect(instantOfWall('Europe/Paris', day('2025-03-30'), 150)).toBe(at('2025-03-30T03:30:00+02:00'))
    // 02:30 happens twice on 26 October: the first one.
    expect(instantOfWall('Europe/Paris', day('2025-10-26'), 150)).toBe(at('2025-10-26T02:30:00+02:00'))
    expect(instantOfWall('Europe/Paris', day('2025-10-26'), 1440)).toBe(at('2025-10-27T00:00:00+01:00'))
  })
  it('knows which zones exist', () => {
    expect(isValidTimeZone('Europe/Paris')).toBe(true)
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false)
  })
})

describe('elapsed SLA minutes', () => {
  it('counts every minute on the calendar clock', () => {
    expect(slaMinutesBetween(calendarPolicy, at('2025-06-06T17:00:00+02:00'), at('2025-06-09T10:00:00+02:00'))).toBe(65 * 60)
    expect(slaMinutesBetween(calendarPolicy, at('2025-06-09T10:00:00+02:00'), at('2025-06-06T17:00:00+02:00'))).toBe(0)
  })
  it('counts working hours within a day', () => {
    expect(slaMinutesBetween(paris, at('2025-06-02T10:00:00+02:00'), at('2025-06-02T11:30:00+02:00'))).toBe(90)
    expect(slaMinutesBetween(paris, at('2025-06-02T07:00:00+02:00'), at('2025-06-02T20:00:00+02:00'))).toBe(540)
  })
  it('skips nights', () => {
    expect(slaMinutesBetween(paris, at('2025-06-02T17:00:00+02:00'), at('2025-06-03T10:00:00+02:00'))).toBe(120)
  })
  it('skips weekends', () => {
    expect(slaMinutesBetween(paris, at('2025-06-06T17:00:00+02:00'), at('2025-06-09T10:00:00+02:00'))).toBe(120)
    expect(slaMinutesBetween(paris, at('2025-06-07T12:00:00+02:00'), at('2025-06-08T20:00:00+02:00'))).toBe(0)
    expect(slaMinutesBetween(paris, at('2025-06-02T00:00:00+02:00'), at('2025-06-09T00:00:00+02:00'))).toBe(5 * 540)
  })
  it('counts fractions of a minute', () => {
    expect(slaMinutesBetween(paris, at('2025-06-02T10:00:00+02:00'), at('2025-06-02T10:00:30+02:00'))).toBe(0.5)
  })
  it('counts real hours over the spring-forward weekend (Paris, 30 March 2025)', () => {
    // Friday 17:00 CET to Monday 10:00 CEST: one hour each side, whatever the offsets say.
    expect(slaMinutesBetween(paris, at('2025-03-28T17:00:00+01:00'), at('2025-03-31T10:00:00+02:00'))).toBe(120)
    // A round-the-clock policy: the Sunday has 23 hours, the next one 24.
    const always = allDay('Europe/Paris')
    expect(slaMinutesBetween(always, at('2025-03-30T00:00:00+01:00'), at('2025-03-31T00:00:00+02:00'))).toBe(23 * 60)
    // Working 02:00–04:00: 02:00–03:00 does not exist that night.
    const night = allDay('Europe/Paris', 120, 240)
    expect(slaMinutesBetween(night, at('2025-03-30T00:00:00+01:00'), at('2025-03-30T12:00:00+02:00'))).toBe(60)
    expect(slaMinutesBetween(night, at('2025-03-29T00:00:00+01:00'), at('2025-03-29T12:00:00+01:00'))).toBe(120)
  })
  it('counts real hours over the fall-back night (Paris, 26 October 2025)', () => {
    const always = allDay('Europe/Paris')
    expect(slaMinutesBetween(always, at('2025-10-26T00:00:00+02:00'), at('2025-10-27T00:00:00+01:00'))).toBe(25 * 60)
    const night = allDay('Europe/Paris', 120, 240)
    expect(slaMinutesBetween(night, at('2025-10-26T00:00:00+02:00'), at('2025-10-26T12:00:00+01:00'))).toBe(180)
    expect(slaMinutesBetween(paris, at('2025-10-24T17:00:00+02:00'), at('2025-10-27T10:00:00+01:00'))).toBe(120)
  })
  it('copes with half-hour DST shifts (Lord Howe Island, 6 April 2025)', () => {
    const always = allDay('Australia/Lord_Howe')
    expect(slaMinutesBetween(always, at('2025-04-06T00:00:00+11:00'), at('2025-04-07T00:00:00+10:30'))).toBe(24.5 * 60)
  })
  it('reads working hours on the policy zone, not UTC (New York)', () => {
    const ny: SlaClock = { ...paris, timeZone: 'America/New_York' }
    // 9:00 New York is 13:00 UTC in summer, 14:00 in winter; US DST began 9 March 2025.
    expect(slaMinutesBetween(ny, at('2025-03-07T17:00:00-05:00'), at('2025-03-10T10:00:00-04:00'))).toBe(120)
    expect(slaMinutesBetween(ny, at('2025-06-02T13:00:00Z'), at('2025-06-02T14:00:00Z'))).toBe(60)
  })
  it('handles long spans by days, not minutes', () => {
    const start = at('2020-01-01T00:00:00+01:00')
    const end = at('2025-01-01T00:00:00+01:00')
    // Work counted, not time (speed goals live in the benchmarks). Brussels keeps Paris's hours and
    // is asked nowhere else here, so no lookup is cached yet: a few per day over five years (1827
    // days), where a walk through every hour would make two per hour (87,600).
    const brussels: SlaClock = { ...paris, timeZone: 'Europe/Brussels' }
    const lookups = vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts')
    const minutes = slaMinutesBetween(brussels, start, end)
    expect(lookups.mock.calls.length).toBeGreaterThan(0)
    expect(lookups.mock.calls.length).toBeLessThan(1827 * 10)
    lookups.mockRestore()
    // 2020–2024 hold 1305 weekdays.
    expect(minutes).toBe(1305 * 540)
  })
})

describe('SLA deadlines', () => {
  it('adds plain minutes on the calendar clock', () => {
    expect(addSlaMinutes(calendarPolicy, at('2025-06-06T17:00:00+02:00'), 120)).toBe(at('2025-06-06T19:00:00+02:00'))
  })
  it('carries over nights and weekends', () => {
    expect(addSlaMinutes(paris, at('2025-06-06T17:00:00+02:00'), 120)).toBe(at('2025-06-09T10:00:00+02:00'))
    expect(addSlaMinutes(paris, at('2025-06-02T20:00:00+02:00'), 30)).toBe(at('2025-06-03T09:30:00+02:00'))
    expect(addSlaMinutes(paris, at('2025-06-07T11:00:00+02:00'), 3 * 540)).toBe(at('2025-06-11T18:00:00+02:00'))
  })
  it('ends at closing time when a target uses a day up exactly', () => {
    expect(addSlaMinutes(paris, at('2025-06-02T09:00:00+02:00'), 540)).toBe(at('2025-06-02T18:00:00+02:00'))
  })
  it('returns the start for zero minutes', () => {
    const sat = at('2025-06-07T11:00:00+02:00')
    expect(addSlaMinutes(paris, sat, 0)).toBe(sat)
  })
  it('crosses the spring-forward weekend', () => {
    expect(addSlaMinutes(paris, at('2025-03-28T17:00:00+01:00'), 120)).toBe(at('2025-03-31T10:00:00+02:00'))
  })
  it('gives up on a policy with no working time', () => {
    expect(() => addSlaMinutes({ ...paris, workdays: [] }, at('2025-06-02T09:00:00+02:00'), 10)).toThrow(RangeError)
  })
  it('knows the length of a working day', () => {
    expect(slaDayMinutes(paris)).toBe(540)
    expect(slaDayMinutes(calendarPolicy)).toBe(1440)
  })
})

// An oracle that shares no code with the implementation: step minute by minute, asking Intl.
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
function bruteForceMinutes(clock: SlaClock, from: number, to: number): number {
  const f = new Intl.DateTimeFormat('en-US', {
    timeZone: clock.timeZone,
    weekday: 'short',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  })
  let count = 0
  for (let t = from; t < to; t += MIN) {
    const parts = Object.fromEntries(f.formatToParts(t).map((p) => [p.type, p.value]))
    const minute = Number(parts.hour) * 60 + Number(parts.minute)
    if (clock.workdays.includes(WEEKDAYS.indexOf(parts.weekday ?? '')) && minute >= clock.workStartMinute && minute < clock.workEndMinute)
      count++
  }
  return count
}

const clocks = fc.constantFrom<SlaClock>(
  paris,
  { ...paris, timeZone: 'America/New_York' },
  { ...paris, timeZone: 'Asia/Kolkata', workdays: [0, 1, 2, 3, 4] },
  allDay('Europe/Paris', 120, 240),
  allDay('Europe/Paris', 0, 1440),
  allDay('Australia/Lord_Howe', 60, 180),
)
// Minutes around the 2025 European and US DST changes, where mistakes hide.
const aroundDst = fc
  .constantFrom('2025-03-07T00:00:00Z', '2025-03-28T00:00:00Z', '2025-10-24T00:00:00Z', '2025-06-02T00:00:00Z', '2025-04-04T00:00:00Z')
  .chain((base) => fc.integer({ min: 0, max: 4 * 1440 }).map((m) => at(base) + m * MIN))

describe('business time properties', () => {
  it('agrees with a minute-by-minute count', () => {
    fc.assert(
      fc.property(clocks, aroundDst, fc.integer({ min: 0, max: 3 * 1440 }), (clock, from, span) => {
        expect(slaMinutesBetween(clock, from, from + span * MIN)).toBe(bruteForceMinutes(clock, from, from + span * MIN))
      }),
      { numRuns: 60 },
    )
  })
  it('is additive: elapsed(a, c) = elapsed(a, b) + elapsed(b, c)', () => {
    fc.assert(
      fc.property(clocks, aroundDst, fc.nat(20_000_000), fc.nat(20_000_000), (clock, a, d1, d2) => {
        const b = a + d1
        const c = b + d2
        expect(slaMinutesBetween(clock, a, c)).toBeCloseTo(slaMinutesBetween(clock, a, b) + slaMinutesBetween(clock, b, c), 9)
      }),
    )
  })
  it('deadline is the inverse of elapsed: elapsed(start, deadline(start, n)) = n', () => {
    fc.assert(
      fc.property(clocks, aroundDst, fc.integer({ min: 0, max: 20_000 }), (clock, start, n) => {
        expect(slaMinutesBetween(clock, start, addSlaMinutes(clock, start, n))).toBe(n)
      }),
    )
  })
  it('deadline(start, elapsed(start, x)) = x for any x inside working hours', () => {
    fc.assert(
      fc.property(
        clocks,
        aroundDst,
        fc.integer({ min: 0, max: 30 }),
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        (clock, start, dayAhead, where) => {
          const day = localDay(start, clock.timeZone) + dayAhead
          fc.pre(clock.workdays.includes(weekdayOf(day)))
          const open = instantOfWall(clock.timeZone, day, clock.workStartMinute)
          const close = instantOfWall(clock.timeZone, day, clock.workEndMinute)
          const x = Math.round(open + (close - open) * where)
          fc.pre(x > open && x < close && x > start)
          expect(addSlaMinutes(clock, start, slaMinutesBetween(clock, start, x))).toBe(x)
        },
      ),
    )
  })
  it('calendar elapsed is plain subtraction', () => {
    fc.assert(
      fc.property(fc.nat(2e12), fc.nat(1e10), (a, d) => {
        expect(slaMinutesBetween(calendarPolicy, a, a + d)).toBe(d / MIN)
      }),
    )
  })
})
