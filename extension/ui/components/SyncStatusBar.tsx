import { db } from '../../db/database'
import { t } from '../../lib/i18n'
import { useLiveQuery } from '../hooks/use-live-query'
import { sendToBackground } from '../../lib/messaging'
import { summarizeSync, type SyncSummary } from '../sync-summary'

function describe(s: SyncSummary): string {
  switch (s.state) {
    case 'synced':
      return t('syncSynced')
    case 'syncing':
      return t('syncSyncing')
    case 'offline':
      return s.pending > 0 ? t('syncOfflinePending', { count: s.pending }) : t('syncOffline')
    case 'error':
      return s.workspace ? t('syncErrorIn', { workspace: s.workspace, message: s.message }) : t('syncError', { message: s.message })
  }
}

/** Always-visible sync state (synced, syncing, offline with N pending, error with the reason). */
export function SyncStatusBar({ compact = false }: { compact?: boolean }) {
  const data = useLiveQuery(async () => {
    const [rows, workspaces, pending] = await Promise.all([db().syncStatus.toArray(), db().workspaces.toArray(), db().outbox.count()])
    return { rows, workspaces, pending }
  }, [])
  if (!data || data.workspaces.length === 0) return null
  const summary = summarizeSync(data.rows, data.workspaces, data.pending)
  return (
    <div class={`sync-status sync-${summary.state}${compact ? ' compact' : ''}`} role="status" aria-live="polite">
      <span class="sync-dot" aria-hidden="true" />
      <span class="sync-text">{describe(summary)}</span>
      {!compact && summary.state !== 'synced' && (
        <button type="button" class="link-button" onClick={() => void sendToBackground({ type: 'sync-now' })}>
          {t('syncRetry')}
        </button>
      )}
    </div>
  )
}
