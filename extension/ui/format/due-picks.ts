/** Quick picks for a due date: the end of that day, local time. */
export const DUE_PICKS = ['today', 'tomorrow', 'nextWeek'] as const
export type DuePick = (typeof DUE_PICKS)[number]

const DAYS_AHEAD: Record<DuePick, number> = { today: 0, tomorrow: 1, nextWeek: 7 }

/** 23:59 local on the picked day; minutes only, so a datetime input shows it without seconds. */
export function duePick(pick: DuePick, now: number = Date.now()): number {
  const d = new Date(now)
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + DAYS_AHEAD[pick], 23, 59, 0, 0).getTime()
}

const pad = (n: number) => String(n).padStart(2, '0')

/** The value a `datetime-local` input shows for an instant, in local time. */
export function toLocalInput(ms: number | null): string {
  if (ms === null) return ''
  const d = new Date(ms)
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/** The instant a `datetime-local` value means, read as local time; null when empty or invalid. */
export function fromLocalInput(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value)
  if (!m) return null
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number]
  const ms = new Date(y, mo - 1, d, h, mi, 0, 0).getTime()
  return Number.isFinite(ms) && ms >= 0 ? ms : null
}
