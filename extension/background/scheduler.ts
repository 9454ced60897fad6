import { db } from '../db/database'
import { syncRetries } from '../db/settings'
import { syncWorkspace, type SyncOutcome } from '../sync/engine'
import { httpTransport } from '../sync/http-transport'
import { collectKeys, ensureDeviceKey } from './key-rotation'
import { wipeWorkspace } from './pairing'
import { isLive } from './live'
import { awaitRemoval, takeRemoval } from './removal-notes'
import { refreshSlaPolicy } from './sla-policy'

/** `recovered`: this round worked after failed ones, a sign that the network is back. */
export type SyncListener = (workspaceId: string, outcome: SyncOutcome, recovered: boolean) => void | Promise<void>

const BACKOFF_MS = [1_000, 2_000, 5_000, 15_000, 30_000, 60_000, 300_000]

/** Timers of the next retries: handles only (the counts live in storage), so `retryNow` can cut them short. */
const retryTimers = new Map<string, ReturnType<typeof setTimeout>>()

/**
 * Runs sync rounds, one at a time per workspace (a Web Lock, which also holds across the
 * extension's pages), and retries with backoff while offline. Retry counts live in storage.
 * The backoff is only the fallback: any sign that the network is back (see entrypoints/background)
 * calls `retryNow`, and a successful round resets it.
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
      const removal = isLive(workspaceId) ? await awaitRemoval(workspaceId, 3_000) : takeRemoval(workspaceId)
      await wipeWorkspace(workspaceId, { reason: 'revoked', byId: removal?.by ?? null, at: removal?.at ?? Date.now() })
    }
    // Not awaited: the policy rarely changes, and the next workspace's round need not wait for it.
    if (outcome.state === 'synced') void refreshSlaPolicy(workspaceId).catch(() => {})
    const recovered = await scheduleRetry(workspaceId, outcome, onOutcome)
    await onOutcome?.(workspaceId, outcome, recovered)
    return outcome
  })
}

/** The network is back: every workspace waiting out a backoff syncs now, its count reset. */
export async function retryNow(onOutcome?: SyncListener): Promise<void> {
  // Only what failed for want of a network: a refusal (a 4xx, a Retry-After) stands.
  const waiting = (await db().syncStatus.toArray()).filter((s) => s.retryAt !== null && s.state === 'offline').map((s) => s.workspaceId)
  await Promise.all(
    waiting.map(async (id) => {
      clearTimeout(retryTimers.get(id))
      retryTimers.delete(id)
      await syncRetries(id).remove()
      await syncOne(id, onOutcome)
    }),
  )
}

/** Items this device could not open: a new key may be waiting for it. */
async function hasUnreadable(changed: string[]): Promise<boolean> {
  if (changed.length === 0) return false
  const rows = await db().items.bulkGet(changed)
  return rows.some((r) => r !== undefined && r.content === null)
}

/** Backs off after a failure; after a success, drops the count and says whether there was one. */
async function scheduleRetry(workspaceId: string, outcome: SyncOutcome, onOutcome?: SyncListener): Promise<boolean> {
  const retries = syncRetries(workspaceId)
  clearTimeout(retryTimers.get(workspaceId))
  retryTimers.delete(workspaceId)
  if (outcome.state === 'synced' || outcome.state === 'revoked') {
    const had = await retries.read()
    if (had > 0) await retries.remove()
    return had > 0
  }
  const attempts = await retries.read()
  await retries.write(attempts + 1)
  const wait =
    outcome.state === 'error' && outcome.retryAfter ? outcome.retryAfter * 1000 : BACKOFF_MS[Math.min(attempts, BACKOFF_MS.length - 1)]!
  await db().syncStatus.update(workspaceId, { retryAt: Date.now() + wait })
  // A short timer while the worker lives; the alarm covers the case where it does not.
  retryTimers.set(
    workspaceId,
    setTimeout(() => {
      retryTimers.delete(workspaceId)
      void syncOne(workspaceId, onOutcome)
    }, wait),
  )
  return false
}
