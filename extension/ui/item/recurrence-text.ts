import type { Recurrence } from '../../../shared/recurrence'
import { t } from '../../lib/i18n'

const EVERY = {
  daily: 'everyDays',
  weekly: 'everyWeeks',
  monthly: 'everyMonths',
  quarterly: 'everyQuarters',
  yearly: 'everyYears',
} as const
const EACH = {
  daily: 'repeatDaily',
  weekly: 'repeatWeekly',
  monthly: 'repeatMonthly',
  quarterly: 'repeatQuarterly',
  yearly: 'repeatYearly',
} as const

/** "Monthly", or "Every 2 weeks": how the item comes back. */
export function recurrenceText(rule: Recurrence): string {
  return rule.interval === 1 ? t(EACH[rule.freq]) : t(EVERY[rule.freq], { n: rule.interval })
}
