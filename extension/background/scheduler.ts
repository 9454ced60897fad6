import { db } from '../db/database'
import { syncWorkspace, type SyncOutcome } from '../sync/engine'
import { httpTransport } from '../sync/http-transport'
import { collectKeys, ensureDeviceKey } from './key-rotation'
import { wipeWorkspace } from './pairing'
import { takeRemoval } from './removal-notes'
import { refreshSlaPolicy } from './sla-policy'

export type SyncListener = (workspaceId: string, outcome: SyncOutcome) => void | Promise<void>

const BACKOFF_MS = [1_000, 2_000, 5_000, 15_000, 30_000, 60_000, 300_000]

/**
 * Runs sync rounds, one at a time per workspace (a Web Lock, which also holds across the
 * extension's pages), and retries with backoff while offline. Retry counts live in storage.
 */
export async function syncAll(onOutcome?: SyncListener): Promise<void> {
  const workspaces = await db().workspaces.toArray()
  await Promise.all(workspaces.map((ws) => syncOne(ws.id, onOutcome)))
}

export async function syncOne(workspaceId: string, onOutcome?: SyncListener): Promise<SyncOutcome | null> {
  return navigator.locks.request(`relais-sync-${workspaceId}`, async () => {
    const secret = await db().secrets.get(workspaceId)
    const ws = await db().workspaces.get(workspaceId)
    if (!secret || !ws) return null
    await ensureDeviceKey(workspaceId).catch(() => {})
    let outcome = await syncWorkspace(workspaceId, httpTransport(ws.serverUrl, secret.token))
    if (outcome.state === 'synced' && (await collectKeys(workspaceId, await hasUnreadable(outcome.changed)).catch(() => false))) {
      // A rotated key arrived: pull from scratch so that items sealed with it open.
      await db().workspaces.update(workspaceId, { cursor: null })
      outcome = await syncWorkspace(workspaceId, httpTransport(ws.serverUrl, secret.token))
    }
    // A push that left changes behind (the user kept typing) gets another round at once.
    for (let i = 0; i < 3 && outcome.state === 'synced' && (await db().outbox.where('workspaceId').equals(workspaceId).count()) > 0; i++) {
      outcome = await syncWorkspace(workspaceId, httpTransport(ws.serverUrl, secret.token))
    }
    if (outcome.state === 'revoked') {
      const removal = takeRemoval(workspaceId)
      await wipeWorkspace(workspaceId, { reason: 'revoked', byId: removal?.by ?? null, at: removal?.at ?? Date.now() })
    }
    // Not awaited: the policy rarely changes, and the next workspace's round need not wait for it.
    if (outcome.state === 'synced') void refreshSlaPolicy(workspaceId).catch(() => {})
    await scheduleRetry(workspaceId, outcome)
    await onOutcome?.(workspaceId, outcome)
    return outcome
  })
}

/** Items this device could not open: a new key may be waiting for it. */
async function hasUnreadable(changed: string[]): Promise<boolean> {
  if (changed.length === 0) return false
  const rows = await db().items.bulkGet(changed)
  return rows.some((r) => r !== undefined && r.content === null)
}

async function scheduleRetry(workspaceId: string, outcome: SyncOutcome): Promise<void> {
  const key = `retries:${workspaceId}`
  if (outcome.state === 'synced' || outcome.state === 'revoked') {
    await db().settings.delete(key)
    return
  }
  const row = await db().settings.get(key)
  const attempts = typeof row?.value === 'number' ? row.value : 0
  await db().settings.put({ key, value: attempts + 1 })
  const wait = outcome.state === 'error' && outcome.retryAfter ? outcome.retryAfter * 1000 : BACKOFF_MS[Math.min(attempts, BACKOFF_MS.length - 1)]!
  await db().syncStatus.update(workspaceId, { retryAt: Date.now() + wait })
  // A short timer while the worker lives; the alarm covers the case where it does not.
  setTimeout(() => void syncOne(workspaceId), wait)
}
