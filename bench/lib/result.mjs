// Builds the rows of bench/results/latest.json, so every benchmark reports the same shape.
import { round, summary } from './stats.mjs'

/**
 * A goal as `{ below: n }` or `{ atLeast: n }` on the row's value: the row gets `goal` ("< n",
 * "≥ n") and `met`, so latest.json says by itself which goals hold.
 */
function goalFields(goal, value) {
  if (!goal) return {}
  if ('below' in goal) return { goal: `< ${goal.below}`, met: value !== null && value < goal.below }
  return { goal: `≥ ${goal.atLeast}`, met: value !== null && value >= goal.atLeast }
}

/** A measured row: the median of `samples`, with an optional baseline measured in the same run. */
export function measured(name, unit, samples, { baseline = null, ratio = null, note, digits = 2, goal } = {}) {
  const s = summary(samples, digits)
  return {
    name,
    unit,
    ...s,
    baseline: baseline ? { name: baseline.name, value: round(baseline.value, digits) } : null,
    ratio: ratio === null ? null : round(ratio, 3),
    ...goalFields(goal, s.value),
    ...(note ? { note } : {}),
  }
}

/** A row whose value is already computed (a ratio, a size), with its own range. */
export function computed(
  name,
  unit,
  value,
  { runs = 1, min = value, max = value, baseline = null, ratio = null, note, digits = 2, goal } = {},
) {
  return {
    name,
    unit,
    value: round(value, digits),
    runs,
    min: round(min, digits),
    max: round(max, digits),
    baseline: baseline ? { name: baseline.name, value: round(baseline.value, digits) } : null,
    ratio: ratio === null ? null : round(ratio, 3),
    ...goalFields(goal, round(value, digits)),
    ...(note ? { note } : {}),
  }
}

/** A benchmark that could not run: it says why instead of reporting a number. */
export function failed(name, unit, error) {
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
  return { name, unit, value: null, baseline: null, ratio: null, runs: 0, min: null, max: null, error: message }
}

/** Runs `fn` `warmup` times unrecorded, then `runs` times, and returns the recorded results. */
export async function repeat({ warmup = 1, runs = 5 }, fn) {
  for (let i = 0; i < warmup; i++) await fn(-1 - i)
  const out = []
  for (let i = 0; i < runs; i++) out.push(await fn(i))
  return out
}
