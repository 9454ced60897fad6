import { useState } from 'preact/hooks'
import type { WorkspaceRow } from '../../db/types'
import { t } from '../../lib/i18n'
import { downloadText } from './download'
import { itemToJson } from './export-format'
import { loadItemRecord } from './export-records'

/** One item's full record (content, comments, history) as a JSON file. */
export function ExportItemButton({ ws, itemId, onError }: { ws: WorkspaceRow; itemId: string; onError: (m: string) => void }) {
  const [busy, setBusy] = useState(false)
  const run = async () => {
    setBusy(true)
    try {
      const record = await loadItemRecord(ws, itemId)
      if (!record) return onError(t('itemGone'))
      const now = Date.now()
      downloadText(`relais-item-${itemId}.json`, 'application/json', itemToJson(ws, record, now))
    } catch (err) {
      onError(err instanceof Error ? err.message : String(err))
    } finally {
      setBusy(false)
    }
  }
  return (
    <button type="button" class="small" disabled={busy} onClick={() => void run()}>
      {t('exportItem')}
    </button>
  )
}
