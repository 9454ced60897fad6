import { useState } from 'preact/hooks'
import type { WorkspaceRow } from '../../db/types'
import { t } from '../../lib/i18n'
import { ErrorNote } from '../components/ErrorNote'
import { downloadText } from './download'
import { exportFileName, recordsToCsv, recordsToJson } from './export-format'
import { loadWorkspaceRecords } from './export-records'

/** The workspace's items with their history, as CSV or JSON, decrypted on this device. */
export function ExportButtons({ ws }: { ws: WorkspaceRow }) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const run = async (format: 'csv' | 'json') => {
    setBusy(true)
    setError(null)
    try {
      const records = await loadWorkspaceRecords(ws)
      const now = Date.now()
      if (format === 'csv') downloadText(exportFileName(ws.name, now, 'csv'), 'text/csv;charset=utf-8', recordsToCsv(records))
      else downloadText(exportFileName(ws.name, now, 'json'), 'application/json', recordsToJson(ws, records, now))
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err))
    } finally {
      setBusy(false)
    }
  }
  return (
    <div class="export-buttons" role="group" aria-label={t('exportLabel')}>
      <button type="button" disabled={busy} onClick={() => void run('csv')}>
        {t('exportCsv')}
      </button>
      <button type="button" disabled={busy} onClick={() => void run('json')}>
        {t('exportJson')}
      </button>
      <ErrorNote error={error} />
    </div>
  )
}
