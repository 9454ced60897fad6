/**
 * CSV as spreadsheets read it (RFC 4180): a field with a quote, a comma or a line break is
 * quoted, and its quotes doubled. A field that starts like a formula (= + - @, or a tab or a
 * carriage return that some spreadsheets skip before one) gets a leading apostrophe: exported
 * titles and comments came from email and web pages, and must never run as formulas when the
 * file is opened (CSV injection).
 */
const FORMULA_START = /^[=+\-@\t\r]/

export function neutralize(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value
}

export function csvCell(value: string): string {
  const safe = neutralize(value)
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** Rows to CSV text, CRLF line ends as the RFC says. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`
}
