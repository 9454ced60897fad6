// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeBrowser } from 'wxt/testing/fake-browser'
import type { RelaisDatabase } from '../../../extension/db/database'
import type { WorkspaceRow } from '../../../extension/db/types'
import { csvCell, neutralize } from '../../../extension/ui/export/csv'
import { CSV_COLUMNS, itemToJson, recordsToCsv, recordsToJson } from '../../../extension/ui/export/export-format'
import { loadItemRecord, loadWorkspaceRecords } from '../../../extension/ui/export/export-records'
import { ExportButtons } from '../../../extension/ui/export/ExportButtons'
import { parseCsv } from './csv-parse'
import { byText, closeDatabase, freshDatabase, item, member, mount, waitFor, workspace } from './helpers'

const T0 = Date.UTC(2026, 2, 2, 9, 0)
const TITLES = [
  '=HYPERLINK("http://evil.example","cliquez")',
  '+SUM(A1:A9)',
  '-2+3',
  "@cmd|' /C calc'!A0",
  'Bail, « commercial » avec "guillemets"\net un saut de ligne',
  'Payer l’URSSAF',
]

describe('CSV cells', () => {
  it('quotes what needs it and neutralizes formulas', () => {
    expect(csvCell('plain')).toBe('plain')
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('two\nlines')).toBe('"two\nlines"')
    expect(csvCell('=1+1')).toBe("'=1+1")
    expect(csvCell('=A1,B1')).toBe('"\'=A1,B1"')
    expect(neutralize('\t=cmd')).toBe("'\t=cmd")
    expect(neutralize('x=1')).toBe('x=1')
  })
})

describe('export', () => {
  let d: RelaisDatabase
  let ws: WorkspaceRow
  beforeEach(async () => {
    fakeBrowser.reset()
    d = freshDatabase()
    ws = workspace('ws1', 'executive', 'me', [member('me', 'executive', 'Claire'), member('sam', 'assistant', 'Sam')], 'Direction Générale')
    await d.workspaces.put(ws)
    await d.items.bulkPut(
      TITLES.map((title, i) => {
        const row = item(`i${i}`, 'ws1', 'me', {
          title,
          assigneeId: i % 2 ? 'sam' : null,
          createdAt: T0 + i * 60_000,
          confidential: i === 4,
          category: i === 1 ? '=cat' : null,
        })
        return { ...row, content: { ...row.content!, note: i === 0 ? '-note, "quoted"\r\nsecond line' : '' } }
      }),
    )
    await d.comments.bulkPut([
      { id: 'c1', itemId: 'i0', workspaceId: 'ws1', text: '=WEBSERVICE("http://x")', authorId: 'sam', createdAt: T0 + 5_000, pending: 0 },
      { id: 'c2', itemId: 'i0', workspaceId: 'ws1', text: 'Fait, "vraiment"', authorId: 'sam', createdAt: T0 + 9_000, pending: 0 },
    ])
    await d.events.bulkPut([
      { workspaceId: 'ws1', id: 1, itemId: 'i0', actorId: 'me', at: T0, kind: 'created', status: 'new' },
      { workspaceId: 'ws1', id: 2, itemId: 'i0', actorId: 'sam', at: T0 + 4_000, kind: 'status', status: 'acknowledged' },
      { workspaceId: 'ws1', id: 3, itemId: 'i0', actorId: 'me', at: T0 + 6_000, kind: 'edited', changes: ['priority', 'content'] },
      { workspaceId: 'other', id: 1, itemId: 'x', actorId: 'me', at: T0, kind: 'created' },
    ])
  })
  afterEach(async () => {
    vi.restoreAllMocks()
    await closeDatabase(d)
  })

  it('round-trips through CSV: every cell as written, formulas neutralized, quotes, commas and line breaks intact', async () => {
    const records = await loadWorkspaceRecords(ws)
    const csv = recordsToCsv(records)
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const rows = parseCsv(csv.slice(1))
    expect(rows[0]).toEqual([...CSV_COLUMNS])
    expect(rows).toHaveLength(1 + TITLES.length)
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name)
    const cells = rows.slice(1)
    expect(cells.map((r) => r[col('title')])).toEqual([
      '\'=HYPERLINK("http://evil.example","cliquez")',
      "'+SUM(A1:A9)",
      "'-2+3",
      "'@cmd|' /C calc'!A0",
      'Bail, « commercial » avec "guillemets"\net un saut de ligne',
      'Payer l’URSSAF',
    ])
    expect(cells[0]![col('note')]).toBe('\'-note, "quoted"\r\nsecond line')
    expect(cells[1]![col('category')]).toBe("'=cat")
    expect(cells[1]![col('assignee')]).toBe('Sam')
    expect(cells[4]![col('confidential')]).toBe('yes')
    expect(cells[0]![col('createdAt')]).toBe('2026-03-02T09:00:00.000Z')
    // Comments and history: one line per entry, in time order, with who and what.
    expect(cells[0]![col('comments')]).toBe(
      '2026-03-02T09:00:05.000Z Sam: =WEBSERVICE("http://x")\n2026-03-02T09:00:09.000Z Sam: Fait, "vraiment"',
    )
    expect(cells[0]![col('history')]).toBe(
      [
        '2026-03-02T09:00:00.000Z Claire: created the item',
        '2026-03-02T09:00:04.000Z Sam: set the status to Acknowledged',
        '2026-03-02T09:00:06.000Z Claire: changed Priority, title or note',
      ].join('\n'),
    )
    // No cell of the file starts like a formula.
    for (const row of cells) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/)
  })

  it('round-trips through JSON with the text exactly as typed, and exports one item in full', async () => {
    const records = await loadWorkspaceRecords(ws)
    const parsed = JSON.parse(recordsToJson(ws, records, T0))
    expect(parsed.workspace).toEqual({ id: 'ws1', name: 'Direction Générale' })
    expect(parsed.items).toEqual(JSON.parse(JSON.stringify(records)))
    expect(parsed.items.map((r: { title: string }) => r.title)).toEqual(TITLES)
    expect(parsed.items[0].history.map((h: { kind: string; actor: string }) => [h.kind, h.actor])).toEqual([
      ['created', 'Claire'],
      ['status', 'Sam'],
      ['edited', 'Claire'],
    ])

    const one = await loadItemRecord(ws, 'i0')
    const single = JSON.parse(itemToJson(ws, one!, T0))
    expect(single.item).toMatchObject({
      id: 'i0',
      title: TITLES[0],
      note: '-note, "quoted"\r\nsecond line',
      status: 'new',
      createdBy: 'Claire',
    })
    expect(single.item.comments).toHaveLength(2)
    expect(single.item.history).toHaveLength(3)
    expect(await loadItemRecord(ws, 'missing')).toBeNull()
  })

  it('downloads the file from the page through a Blob and an <a download>', async () => {
    const blobs: Blob[] = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob)
      return 'blob:relais-test'
    })
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
    const names: string[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(`${this.download}|${this.href}`)
    })
    const view = mount(<ExportButtons ws={ws} />)
    byText<HTMLButtonElement>(view.root, 'button', 'Export CSV').click()
    await waitFor(() => expect(blobs).toHaveLength(1))
    expect(names[0]).toMatch(/^relais-direction-generale-\d{4}-\d{2}-\d{2}\.csv\|blob:relais-test$/)
    const rows = parseCsv((await blobs[0]!.text()).replace(/^\uFEFF/, ''))
    expect(rows).toHaveLength(1 + TITLES.length)
    expect(document.querySelector('a[download]')).toBeNull()
    view.unmount()
  })
})
