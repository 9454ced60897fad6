// Summaries of timing samples. Medians and percentiles, never means: these machines are shared,
// and one slow sample from a neighbour's job must not move the figure.

export function quantile(samples, q) {
  const sorted = [...samples].sort((a, b) => a - b)
  if (sorted.length === 0) return NaN
  const at = (sorted.length - 1) * q
  const lo = Math.floor(at)
  const hi = Math.ceil(at)
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo)
}

export const median = (samples) => quantile(samples, 0.5)

/** The median, min and max of a list of samples, rounded for the table. */
export function summary(samples, digits = 2) {
  return {
    value: round(median(samples), digits),
    runs: samples.length,
    min: round(Math.min(...samples), digits),
    max: round(Math.max(...samples), digits),
  }
}

export function round(x, digits = 2) {
  if (x === null || x === undefined || !Number.isFinite(x)) return null
  const f = 10 ** digits
  return Math.round(x * f) / f
}
