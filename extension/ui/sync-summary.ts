import type { SyncStatusRow, WorkspaceRow } from '../db/types'

export type SyncSummary =
  | { state: 'synced' | 'syncing' }
  | { state: 'offline'; pending: number }
  | { state: 'error'; message: string; workspace: string | null }

/**
 * One line for every workspace: the worst state wins (error, then offline, then syncing). The
 * pending count comes from the outbox itself, so a change shows as pending the moment it is made.
 */
export function summarizeSync(rows: readonly SyncStatusRow[], workspaces: readonly WorkspaceRow[], pending: number): SyncSummary {
  const error = rows.find((r) => r.state === 'error')
  if (error) {
    const ws = workspaces.length > 1 ? (workspaces.find((w) => w.id === error.workspaceId)?.name ?? null) : null
    return { state: 'error', message: error.message ?? '', workspace: ws }
  }
  if (rows.some((r) => r.state === 'offline')) return { state: 'offline', pending }
  if (rows.some((r) => r.state === 'syncing') || pending > 0) return { state: 'syncing' }
  return { state: 'synced' }
}
