import { db } from '../db/database'
import { fromBase64url } from '../../shared/base64url'
import { importKey, type WorkspaceKey } from '../crypto/seal'

export type KeyRing = { current: WorkspaceKey; all: Map<string, CryptoKey> }

/**
 * Imported keys by their raw bytes: importing again on every round costs each poke a few
 * milliseconds. A cache, not state: a restarted service worker imports them again.
 */
const imported = new Map<string, Promise<CryptoKey>>()

function importOnce(raw: string): Promise<CryptoKey> {
  let key = imported.get(raw)
  if (!key) {
    key = importKey(fromBase64url(raw))
    imported.set(raw, key)
    key.catch(() => imported.delete(raw))
  }
  return key
}

/** The workspace's keys from the device store: the current one seals, every one opens. */
export async function loadKeyRing(workspaceId: string): Promise<KeyRing | null> {
  const secret = await db().secrets.get(workspaceId)
  if (!secret) return null
  const all = new Map<string, CryptoKey>()
  for (const k of secret.keys) all.set(k.id, await importOnce(k.raw))
  const current = all.get(secret.currentKeyId)
  if (!current) return null
  return { current: { id: secret.currentKeyId, key: current }, all }
}
