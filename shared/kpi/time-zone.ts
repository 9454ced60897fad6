/**
 * Wall-clock arithmetic in an IANA time zone with nothing but `Intl.DateTimeFormat`, so the same
 * code runs in the browser and in workerd. A local calendar day is named by its day number: days
 * since 1970-01-01 in that zone's calendar, which makes weekday and date arithmetic plain integers.
 */

export const MINUTE_MS = 60_000
export const DAY_MS = 24 * 60 * MINUTE_MS

// Building a formatter costs far more than using one, and a workspace has one zone.
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    formatters.set(timeZone, f)
  }
  return f
}

/** False for names the runtime's zone database does not know (they would throw later). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone)
    return true
  } catch {
    return false
  }
}

/** The local wall time of `instant`, expressed as if that wall time were UTC milliseconds. */
export function wallMs(instant: number, timeZone: string): number {
  return instant + offsetMs(instant, timeZone)
}

function exactWallMs(instant: number, timeZone: string): number {
  const fields: Record<string, number> = {}
  for (const part of formatter(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value)
  }
  // Some engines still say 24 for midnight despite h23.
  const hour = fields.hour === 24 ? 0 : (fields.hour ?? 0)
  const ms = ((instant % 1000) + 1000) % 1000
  return Date.UTC(fields.year ?? 1970, (fields.month ?? 1) - 1, fields.day ?? 1, hour, fields.minute ?? 0, fields.second ?? 0) + ms
}

const HOUR_MS = 60 * MINUTE_MS
// Offsets by UTC hour, per zone. Asking Intl is the slow part of every SLA computation, and a
// KPI pass asks about the same few hundred hours again and again.
const hourOffsets = new Map<string, Map<number, number | null>>()
const MAX_CACHED_HOURS = 200_000

/**
 * How far the zone's wall clock is ahead of UTC at `instant`. An hour whose two ends share an
 * offset has it throughout (zones never change twice within an hour), so it is remembered;
 * an hour with a transition inside is marked and always asked about exactly.
 */
export function offsetMs(instant: number, timeZone: string): number {
  let hours = hourOffsets.get(timeZone)
  if (!hours || hours.size > MAX_CACHED_HOURS) {
    hours = new Map()
    hourOffsets.set(timeZone, hours)
  }
  const hour = Math.floor(instant / HOUR_MS)
  const cached = hours.get(hour)
  if (cached !== undefined) return cached ?? exactOffsetMs(instant, timeZone)
  const start = exactOffsetMs(hour * HOUR_MS, timeZone)
  const end = exactOffsetMs((hour + 1) * HOUR_MS - 1, timeZone)
  hours.set(hour, start === end ? start : null)
  return start === end ? start : exactOffsetMs(instant, timeZone)
}

function exactOffsetMs(instant: number, timeZone: string): number {
  return exactWallMs(instant, timeZone) - instant
}

/** The local day number `instant` falls on. */
export function localDay(instant: number, timeZone: string): number {
  return Math.floor(wallMs(instant, timeZone) / DAY_MS)
}

/** 0 = Sunday, as in `Date#getDay` and the SLA policy's `workdays`. */
export function weekdayOf(day: number): number {
  // 1970-01-01 was a Thursday.
  return (((day + 4) % 7) + 7) % 7
}

/** YYYY-MM-DD of a local day number. */
export function dayKey(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
}

/**
 * The instant a zone's clocks show `minuteOfDay` (0..1440, 1440 being the next midnight) on a
 * local day. Wall times that do not exist (spring-forward gap) resolve to the instant just after
 * the gap, and repeated ones (fall-back overlap) to the first occurrence, like Temporal's
 * 'compatible' disambiguation: a 02:30 start on the spring-forward night means 03:30.
 */
export function instantOfWall(timeZone: string, day: number, minuteOfDay: number): number {
  const wall = day * DAY_MS + minuteOfDay * MINUTE_MS
  // Offsets either side of any transition near this wall time (zones change at most once a day).
  const before = offsetMs(wall - DAY_MS, timeZone)
  const after = offsetMs(wall + DAY_MS, timeZone)
  const early = wall - before
  if (before === after) return early
  const late = wall - after
  const earlyValid = offsetMs(early, timeZone) === before
  const lateValid = offsetMs(late, timeZone) === after
  if (earlyValid && lateValid) return Math.min(early, late)
  if (earlyValid) return early
  if (lateValid) return late
  // In the gap: read the wall time with the offset in force before it, which lands after the gap.
  return early
}
