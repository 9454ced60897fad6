import { uiLang } from '../../lib/i18n'

const dateTime = new Map<string, Intl.DateTimeFormat>()

/** A date and time in the UI's language, e.g. "12 Mar 2026, 18:00". */
export function formatDateTime(ms: number): string {
  const lang = uiLang()
  let f = dateTime.get(lang)
  if (!f) {
    f = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' })
    dateTime.set(lang, f)
  }
  return f.format(ms)
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
]

/** "in 3 hours", "2 days ago": how far a time is from now, in the largest whole unit. */
export function formatRelative(ms: number, now: number): string {
  const diff = ms - now
  const f = new Intl.RelativeTimeFormat(uiLang(), { numeric: 'auto', style: 'short' })
  for (const [unit, size] of UNITS) {
    if (Math.abs(diff) >= size) return f.format(Math.round(diff / size), unit)
  }
  return f.format(0, 'minute')
}
