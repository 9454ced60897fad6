import type { SlaPolicy } from '../schema/sla'
import { DAY_MS, MINUTE_MS, instantOfWall, localDay, weekdayOf } from './time-zone'

/**
 * SLA time: how many minutes count between two instants, and the inverse (the deadline N
 * counted minutes after a start). On the calendar clock every minute counts. On the business
 * clock only minutes inside [workStartMinute, workEndMinute) of a workday, read on the wall
 * clock of the policy's zone, count; a workday's window is a span of real instants, so a DST
 * change inside it makes that day an hour longer or shorter, as the people working it feel it.
 *
 * Work goes day by day (never minute by minute) and remembers each day's window, so a KPI pass
 * over thousands of items asks `Intl` about each calendar day once.
 */

export type SlaClock = Pick<SlaPolicy, 'clock' | 'timeZone' | 'workdays' | 'workStartMinute' | 'workEndMinute'>

type Window = readonly [start: number, end: number] | null

const windowCache = new Map<string, Map<number, Window>>()
// Enough for decades of days in a few zones; past that, start over rather than grow forever.
const MAX_CACHED_DAYS = 100_000

function windowsOf(clock: SlaClock): Map<number, Window> {
  const key = [clock.timeZone, clock.workStartMinute, clock.workEndMinute, [...clock.workdays].sort().join('')].join('|')
  let days = windowCache.get(key)
  if (!days || days.size > MAX_CACHED_DAYS) {
    days = new Map()
    windowCache.set(key, days)
  }
  return days
}

/** The working span of a local day, as instants, or null on a day off. */
function workWindow(clock: SlaClock, days: Map<number, Window>, day: number): Window {
  const cached = days.get(day)
  if (cached !== undefined) return cached
  const window: Window = clock.workdays.includes(weekdayOf(day))
    ? [instantOfWall(clock.timeZone, day, clock.workStartMinute), instantOfWall(clock.timeZone, day, clock.workEndMinute)]
    : null
  days.set(day, window)
  return window
}

/** Counted milliseconds in [from, to); 0 when `to` is not after `from`. */
export function slaMsBetween(clock: SlaClock, from: number, to: number): number {
  if (to <= from) return 0
  if (clock.clock === 'calendar') return to - from
  const days = windowsOf(clock)
  let total = 0
  const last = localDay(to, clock.timeZone)
  for (let day = localDay(from, clock.timeZone); day <= last; day++) {
    const w = workWindow(clock, days, day)
    if (!w) continue
    const start = Math.max(w[0], from)
    const end = Math.min(w[1], to)
    if (end > start) total += end - start
  }
  return total
}

/** Counted minutes between two instants (fractional: instants are milliseconds). */
export function slaMinutesBetween(clock: SlaClock, from: number, to: number): number {
  return slaMsBetween(clock, from, to) / MINUTE_MS
}

/**
 * The earliest instant at which `minutes` counted minutes have passed since `start`. On the
 * business clock a target that uses up a day exactly ends at that day's closing time, not at
 * the next opening: "due Monday 18:00" is what an executive expects to read.
 */
export function addSlaMinutes(clock: SlaClock, start: number, minutes: number): number {
  let remaining = Math.max(0, Math.round(minutes * MINUTE_MS))
  if (remaining === 0 || clock.clock === 'calendar') return start + remaining
  const days = windowsOf(clock)
  // Every week of a valid policy has a workday, so a fortnight with nothing to count means a
  // window DST keeps erasing: give up loudly rather than spin.
  let idle = 0
  for (let day = localDay(start, clock.timeZone); idle < 14; day++) {
    const w = workWindow(clock, days, day)
    const from = w ? Math.max(w[0], start) : 0
    const available = w ? w[1] - from : 0
    if (available <= 0) {
      idle++
      continue
    }
    idle = 0
    if (available >= remaining) return from + remaining
    remaining -= available
  }
  throw new RangeError(`no working time after ${new Date(start).toISOString()} in ${clock.timeZone}`)
}

/** Length of a whole working day on the policy's clock, in minutes (a calendar day is 24 h). */
export function slaDayMinutes(clock: SlaClock): number {
  return clock.clock === 'calendar' ? DAY_MS / MINUTE_MS : clock.workEndMinute - clock.workStartMinute
}
