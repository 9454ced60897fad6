import * as v from 'valibot'

/**
 * Admin work that comes back: payroll every month, the VAT return, quarterly closing. A rule
 * says how far the next occurrence's due date is from the current one's.
 */
export const RecurrenceSchema = v.strictObject({
  freq: v.picklist(['daily', 'weekly', 'monthly', 'quarterly', 'yearly']),
  interval: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(366)), 1),
  /** For monthly, quarterly and yearly rules: the day of the month (31 means the month's last day). */
  dayOfMonth: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(31))), null),
})
export type Recurrence = v.InferOutput<typeof RecurrenceSchema>

const DAY = 86_400_000

/**
 * The next due date after `due`. Months are counted on the UTC calendar and keep the time of
 * day; a day of month past the month's end falls on its last day (31 → 30 April, 28/29 February).
 */
export function nextDue(due: number, rule: Recurrence): number {
  const n = rule.interval
  switch (rule.freq) {
    case 'daily':
      return due + n * DAY
    case 'weekly':
      return due + 7 * n * DAY
    case 'monthly':
      return addMonths(due, n, rule.dayOfMonth)
    case 'quarterly':
      return addMonths(due, 3 * n, rule.dayOfMonth)
    case 'yearly':
      return addMonths(due, 12 * n, rule.dayOfMonth)
  }
}

function addMonths(due: number, months: number, dayOfMonth: number | null): number {
  const d = new Date(due)
  const target = new Date(
    Date.UTC(
      d.getUTCFullYear(),
      d.getUTCMonth() + months,
      1,
      d.getUTCHours(),
      d.getUTCMinutes(),
      d.getUTCSeconds(),
      d.getUTCMilliseconds(),
    ),
  )
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(dayOfMonth ?? d.getUTCDate(), lastDay))
  return target.getTime()
}

/** The id of an item's next occurrence: deterministic, so two triggers can never make two. */
export function occurrenceId(id: string, dueAt: number): string {
  const base = id.replace(/_r[0-9a-z]+$/, '')
  return `${base.slice(0, 50)}_r${dueAt.toString(36)}`
}
