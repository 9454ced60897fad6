/** Round gridline steps (1, 2, 5 × 10ⁿ) so that at most `lines` lines cover `max`. */
export function niceTicks(max: number, lines = 4): number[] {
  const top = Math.max(1, max)
  const raw = top / lines
  const power = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power
  const stepInt = Math.max(1, Math.round(step))
  const ticks: number[] = []
  for (let v = 0; v < top + stepInt; v += stepInt) ticks.push(v)
  return ticks
}

/** A day's label: "12 Mar" in the UI's language. Days are calendar dates, read in UTC on purpose. */
export function dayLabel(date: string, lang: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d))
}

/** Every how many days an axis label fits: one label per ~70 px, eight at most. */
export function labelEvery(days: number, width = 640): number {
  const labels = Math.max(2, Math.min(8, Math.floor(width / 70)))
  return Math.max(1, Math.ceil(days / labels))
}
