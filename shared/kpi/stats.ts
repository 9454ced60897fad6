/**
 * Percentiles by linear interpolation between closest ranks (Hyndman & Fan type 7, the default
 * of spreadsheets and numpy): the median of an even count is the mean of the middle two, and
 * p90 of 1..10 is 9.1. Nearest-rank would jump from value to value on small samples, which a
 * back office of a few dozen items a week always is.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const h = (sorted.length - 1) * Math.min(1, Math.max(0, p))
  const lo = Math.floor(h)
  const low = sorted[lo] as number
  const high = sorted[Math.min(lo + 1, sorted.length - 1)] as number
  return low + (h - lo) * (high - low)
}

/** Minutes are shown to the tenth: finer is noise, and floats would otherwise leak 1e-12s. */
export function roundMinutes(minutes: number | null): number | null {
  return minutes === null ? null : Math.round(minutes * 10) / 10
}

export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole
}
