// A message's date. Gmail shows it only as localized text in `span.g3[title]`, so the label is
// read in the two UI languages we know, with strict patterns (a loose match on another
// language's month names could give a wrong month). Otherwise the time is taken from the
// message id, whose top bits are the millisecond Gmail made it: exact, but for imported mail
// the import time rather than the sent date, hence second choice.

import { SELECTORS } from './selectors'
import { firstShown } from './thread'
import { hexToTime } from './thread-id'
import type { UiLanguage } from './ui-language'

const MONTHS: Record<UiLanguage, readonly string[]> = {
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  fr: ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'],
}

// Weekday, then month-first (US) or day-first (UK); a comma or "at" before the time; 12 h clock.
const EN_MONTH_FIRST = /^(?:[a-z]+,? )?([a-z]+)\.? (\d{1,2}),? (\d{4}),?(?: at)? (\d{1,2}):(\d{2})(?: ?([ap])\.?m\.?)?$/
const EN_DAY_FIRST = /^(?:[a-z]+,? )?(\d{1,2}) ([a-z]+)\.?,? (\d{4}),?(?: at)? (\d{1,2}):(\d{2})(?: ?([ap])\.?m\.?)?$/
// "mer. 20 août 2025, 07:49", "20 août 2025 à 07:49"
const FR = /^(?:[a-z]+\.? )?(\d{1,2}) ([a-z]+)\.? (\d{4}),?(?: a)? (\d{1,2})[:h](\d{2})$/

/** Ms since epoch for the message, or null. `hex` is the message's legacy id when it has one. */
export function readDate(message: Element, language: UiLanguage | null, hex: string | null): number | null {
  const label = firstShown(message, SELECTORS.date)?.getAttribute('title') ?? ''
  const fromLabel = language ? parseDateLabel(label, language) : null
  return fromLabel ?? (hex ? hexToTime(hex) : null)
}

/** Local time written in Gmail's date label, or null when the label is not in a known shape. */
export function parseDateLabel(label: string, language: UiLanguage): number | null {
  const text = label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .toLowerCase()
  if (language === 'fr') {
    const m = FR.exec(text)
    return m ? build(m[3], m[2], m[1], m[4], m[5], undefined, 'fr') : null
  }
  const us = EN_MONTH_FIRST.exec(text)
  if (us) return build(us[3], us[1], us[2], us[4], us[5], us[6], 'en')
  const uk = EN_DAY_FIRST.exec(text)
  return uk ? build(uk[3], uk[2], uk[1], uk[4], uk[5], uk[6], 'en') : null
}

function build(
  yearText: string | undefined,
  monthText: string | undefined,
  dayText: string | undefined,
  hourText: string | undefined,
  minuteText: string | undefined,
  meridiem: string | undefined,
  language: UiLanguage,
): number | null {
  const month = monthIndex(monthText ?? '', language)
  const year = Number(yearText)
  const day = Number(dayText)
  let hour = Number(hourText)
  const minute = Number(minuteText)
  if (month === null || !Number.isInteger(year) || !Number.isInteger(day)) return null
  if (meridiem) {
    if (hour < 1 || hour > 12) return null
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0)
  }
  if (hour > 23 || minute > 59) return null
  const date = new Date(year, month, day, hour, minute)
  // Rejects 31 June and the like, which Date would roll over silently.
  if (date.getFullYear() !== year || date.getMonth() !== month || date.getDate() !== day) return null
  return date.getTime()
}

// An abbreviation names a month when exactly one month name starts with it ("juil" yes, "ju" no).
function monthIndex(word: string, language: UiLanguage): number | null {
  if (word.length < 3) return null
  const matches = MONTHS[language].flatMap((name, index) => (name.startsWith(word) ? [index] : []))
  return matches.length === 1 ? (matches[0] ?? null) : null
}
