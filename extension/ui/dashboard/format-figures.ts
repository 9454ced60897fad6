import { uiLang } from '../../lib/i18n'

const formats = new Map<string, Intl.NumberFormat>()

function format(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const id = `${uiLang()}|${key}`
  let f = formats.get(id)
  if (!f) {
    f = new Intl.NumberFormat(uiLang(), options)
    formats.set(id, f)
  }
  return f
}

/** An empty figure: no data is not zero. */
export const NO_FIGURE = '—'

/**
 * A duration in the largest unit that reads well: minutes under an hour, then hours. Days only
 * on the calendar clock: under a business clock, "2 days" would read as two working days.
 */
export function formatMinutes(minutes: number | null, clock: 'calendar' | 'business'): string {
  if (minutes === null) return NO_FIGURE
  if (minutes < 60) return format('minute', { style: 'unit', unit: 'minute', maximumFractionDigits: 0 }).format(Math.round(minutes))
  if (clock === 'calendar' && minutes >= 48 * 60)
    return format('day', { style: 'unit', unit: 'day', unitDisplay: 'long', maximumFractionDigits: 1 }).format(minutes / 1440)
  return format('hour', { style: 'unit', unit: 'hour', maximumFractionDigits: 1 }).format(minutes / 60)
}

export function formatShare(share: number | null): string {
  return share === null ? NO_FIGURE : format('percent', { style: 'percent', maximumFractionDigits: 0 }).format(share)
}

export function formatCount(n: number): string {
  return format('count', { maximumFractionDigits: 1 }).format(n)
}
