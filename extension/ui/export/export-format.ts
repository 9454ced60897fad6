import type { WorkspaceRow } from '../../db/types'
import { toCsv } from './csv'
import type { ExportRecord } from './export-records'

/** Column names stay English and stable: scripts and spreadsheets key on them. */
export const CSV_COLUMNS = [
  'id',
  'title',
  'note',
  'status',
  'priority',
  'category',
  'assignee',
  'createdBy',
  'createdAt',
  'updatedAt',
  'dueAt',
  'doneAt',
  'confidential',
  'recurrence',
  'sourceKind',
  'sourceUrl',
  'comments',
  'history',
] as const

const lines = (entries: string[]) => entries.join('\n')

/** One row per item; its comments and history as one line per entry inside their cells. */
export function csvRow(r: ExportRecord): string[] {
  const recurrence = r.recurrence
    ? `${r.recurrence.freq}/${r.recurrence.interval}${r.recurrence.dayOfMonth ? `/${r.recurrence.dayOfMonth}` : ''}`
    : ''
  return [
    r.id,
    r.title ?? '',
    r.note ?? '',
    r.status,
    r.priority,
    r.category ?? '',
    r.assignee ?? '',
    r.createdBy,
    r.createdAt,
    r.updatedAt,
    r.dueAt ?? '',
    r.statusTimes.done ?? '',
    r.confidential ? 'yes' : 'no',
    recurrence,
    r.source?.kind ?? '',
    r.source?.url ?? r.source?.gmail?.permalink ?? '',
    lines(r.comments.map((c) => `${c.at} ${c.author}: ${c.text ?? ''}`)),
    lines(r.history.map((h) => `${h.at} ${h.actor}: ${h.what}`)),
  ]
}

/** The CSV file: a BOM first, so that spreadsheets read accented names as UTF-8. */
export function recordsToCsv(records: readonly ExportRecord[]): string {
  return `\uFEFF${toCsv([[...CSV_COLUMNS], ...records.map(csvRow)])}`
}

export function recordsToJson(ws: Pick<WorkspaceRow, 'id' | 'name'>, records: readonly ExportRecord[], exportedAt: number): string {
  return JSON.stringify(
    { workspace: { id: ws.id, name: ws.name }, exportedAt: new Date(exportedAt).toISOString(), items: records },
    null,
    2,
  )
}

export function itemToJson(ws: Pick<WorkspaceRow, 'id' | 'name'>, record: ExportRecord, exportedAt: number): string {
  return JSON.stringify({ workspace: { id: ws.id, name: ws.name }, exportedAt: new Date(exportedAt).toISOString(), item: record }, null, 2)
}

/** A file name safe on every system: relais-<workspace>-<date>.<ext>. */
export function exportFileName(name: string, exportedAt: number, ext: 'csv' | 'json'): string {
  const slug =
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'workspace'
  return `relais-${slug.slice(0, 40)}-${new Date(exportedAt).toISOString().slice(0, 10)}.${ext}`
}
