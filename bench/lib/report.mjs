// The table printed at the end of `npm run bench`, and the same as Markdown for the README.

const fmt = (x) => (x === null || x === undefined ? '–' : Number.isInteger(x) ? String(x) : x.toFixed(x >= 100 ? 0 : x >= 10 ? 1 : 2))

function cells(r) {
  return [
    r.name,
    r.value === null ? 'n/a' : `${fmt(r.value)} ${r.unit}`,
    r.value === null ? '–' : `${fmt(r.min)}–${fmt(r.max)}`,
    String(r.runs),
    r.baseline ? `${fmt(r.baseline.value)} (${r.baseline.name})` : '–',
    fmt(r.ratio),
    r.error ? `cannot run: ${r.error}` : (r.note ?? ''),
  ]
}

const HEAD = ['name', 'median', 'min–max', 'runs', 'baseline', 'ratio', 'note']

export function textTable(rows) {
  const body = rows.map(cells)
  const widths = HEAD.map((h, i) => Math.min(60, Math.max(h.length, ...body.map((c) => c[i].length))))
  const cut = (s, w) => (s.length > w ? `${s.slice(0, w - 1)}…` : s.padEnd(w))
  const line = (c) => c.map((s, i) => cut(s, widths[i])).join('  ')
  return [line(HEAD), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n')
}

export function markdownTable(rows) {
  const esc = (s) => s.replace(/\|/g, '\\|')
  return [
    `| ${HEAD.join(' | ')} |`,
    `|${HEAD.map((_, i) => (i === 0 || i >= 4 ? '---' : '---:')).join('|')}|`,
    ...rows.map(
      (r) =>
        `| ${cells(r)
          .map((c, i) => (i === 0 ? `\`${c}\`` : esc(c)))
          .join(' | ')} |`,
    ),
  ].join('\n')
}
