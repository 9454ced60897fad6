/** A strict RFC 4180 reader, for tests only: quoted fields, doubled quotes, CRLF rows. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  let i = 0
  const endField = () => {
    row.push(field)
    field = ''
  }
  while (i < text.length) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"'
        i += 2
        continue
      }
      if (ch === '"') {
        quoted = false
        i++
        continue
      }
      field += ch
      i++
      continue
    }
    if (ch === '"') {
      if (field !== '') throw new Error(`stray quote at ${i}`)
      quoted = true
    } else if (ch === ',') endField()
    else if (ch === '\r' && text[i + 1] === '\n') {
      endField()
      rows.push(row)
      row = []
      i++
    } else if (ch === '\n' || ch === '\r') throw new Error(`bare line break at ${i}`)
    else field += ch
    i++
  }
  if (quoted) throw new Error('unterminated quote')
  if (field !== '' || row.length > 0) throw new Error('last row without CRLF')
  return rows
}
