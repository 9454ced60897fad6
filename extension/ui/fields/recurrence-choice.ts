import type { Recurrence } from '../../../shared/recurrence'

export type Freq = Recurrence['freq']
export const FREQS: readonly Freq[] = ['daily', 'weekly', 'monthly', 'quarterly', 'yearly']
export const MAX_INTERVAL = 366

/** Picking a frequency keeps the interval already typed; '' means "does not repeat". */
export function withFreq(current: Recurrence | null, freq: Freq | ''): Recurrence | null {
  if (freq === '') return null
  return { freq, interval: current?.interval ?? 1, dayOfMonth: null }
}

/** Any typed interval becomes a whole number the server accepts (1–366). */
export function withInterval(current: Recurrence, typed: string): Recurrence {
  const n = Math.round(Number(typed))
  return { ...current, interval: Number.isFinite(n) ? Math.min(MAX_INTERVAL, Math.max(1, n)) : 1 }
}

/**
 * The rule as sent. Month-based rules pin the due date's day of month (on the UTC calendar,
 * as the server counts): a rule due on the 31st stays on each month's last day instead of
 * drifting to the 28th after February.
 */
export function ruleForSave(rule: Recurrence | null, dueAt: number | null): Recurrence | null {
  if (!rule) return null
  const monthly = rule.freq === 'monthly' || rule.freq === 'quarterly' || rule.freq === 'yearly'
  return { freq: rule.freq, interval: rule.interval, dayOfMonth: monthly && dueAt !== null ? new Date(dueAt).getUTCDate() : null }
}

export function sameRule(a: Recurrence | null, b: Recurrence | null): boolean {
  if (a === null || b === null) return a === b
  return a.freq === b.freq && a.interval === b.interval && (a.dayOfMonth ?? null) === (b.dayOfMonth ?? null)
}
