// Capture health: a short local log of Gmail captures that could not read every field, so a
// user can report a Gmail change in one paste. Never synced, never sent; only the newest kept.

import type { CaptureHealthReport } from '../../shared/schema/capture-health'
import { db } from './database'
import type { CaptureHealthRow } from './types'

export const CAPTURE_HEALTH_LIMIT = 50

/** Adds a report and drops the oldest beyond the limit. */
export async function recordCaptureHealth(report: CaptureHealthReport, version: string, at = Date.now()): Promise<void> {
  const table = db().captureHealth
  await db().transaction('rw', table, async () => {
    await table.add({ at, version, fields: report.fields, signals: report.signals })
    const extra = (await table.count()) - CAPTURE_HEALTH_LIMIT
    if (extra > 0) await table.orderBy('at').limit(extra).delete()
  })
}

/** Newest first. */
export async function listCaptureHealth(): Promise<CaptureHealthRow[]> {
  return db().captureHealth.orderBy('at').reverse().toArray()
}

export async function clearCaptureHealth(): Promise<void> {
  await db().captureHealth.clear()
}

/** The text the "copy diagnostics" button puts on the clipboard: one line per capture. */
export function diagnosticsText(rows: CaptureHealthRow[], userAgent: string): string {
  const lines = rows.map(
    (row) => `${new Date(row.at).toISOString()} v${row.version} unread=${row.fields.join(',')} ${row.signals.join(' ')}`,
  )
  return [`Relais Gmail capture diagnostics (${rows.length})`, `agent: ${userAgent}`, ...lines].join('\n')
}
