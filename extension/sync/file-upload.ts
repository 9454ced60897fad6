import { cipherSize } from '../../shared/schema/files'
import { encryptChunk, plainChunk } from '../crypto/file-cipher'
import { db } from '../db/database'
import type { UploadRow, WorkspaceRow } from '../db/types'
import type { FileTransport } from './file-transport'
import type { KeyRing } from './keys'
import type { TransportFailure } from './transport'

/** Answers that will not change on a retry: the file is shown as refused, not sent again. */
const FOR_GOOD = new Set([400, 403, 409, 413])

/**
 * Sends the workspace's waiting files, after the change that names them has reached the server
 * (the server needs the item first). Each file is declared, then only the chunks the server
 * lacks are encrypted and sent, then completed: a service worker stopped mid-file resumes where
 * the server is, and a chunk sent twice replaces its twin (its ciphertext is the same). Returns
 * the network failure that stopped it, or null.
 */
export async function uploadFiles(ws: WorkspaceRow, keys: KeyRing, transport: FileTransport): Promise<TransportFailure | null> {
  const d = db()
  const waiting = (await d.uploads.where('workspaceId').equals(ws.id).sortBy('createdAt')).filter((u) => u.error === null)
  if (waiting.length === 0) return null
  const firstUnsent =
    (await d.outbox.where('[workspaceId+mutationId]').between([ws.id, 0], [ws.id, Infinity]).first())?.mutationId ?? Infinity
  for (const upload of waiting) {
    if (upload.afterMutationId >= firstUnsent) continue
    const failure = await uploadOne(upload, keys, transport)
    if (failure) return failure
  }
  return null
}

async function uploadOne(u: UploadRow, keys: KeyRing, transport: FileTransport): Promise<TransportFailure | null> {
  const d = db()
  const key = keys.all.get(u.ref.keyId)
  const plain = await d.fileData.get(u.fileId)
  if (!key || !plain) return refuse(u, key ? 'missing_data' : 'missing_key')
  const begun = await transport.begin(u.fileId, { itemId: u.itemId, size: cipherSize(u.ref.size), chunks: u.chunks })
  if (!begun.ok) return settle(u, begun)
  if (begun.value.state !== 'complete') {
    const stored = new Set(begun.value.stored)
    let sent = stored.size
    await d.uploads.update(u.fileId, { sent })
    for (let i = 0; i < u.chunks; i++) {
      if (stored.has(i)) continue
      const put = await transport.putChunk(u.fileId, i, await encryptChunk(key, u.ref, i, plainChunk(plain.data, i)))
      if (!put.ok) return settle(u, put)
      await d.uploads.update(u.fileId, { sent: ++sent })
    }
    const done = await transport.complete(u.fileId)
    if (!done.ok) return settle(u, done)
  }
  // The plaintext stays: this device attached the file and opens it without a download.
  await d.uploads.delete(u.fileId)
  return null
}

/** A failure that a retry cannot fix is recorded on the file (the item shows it); the rest stop the round. */
async function settle(u: UploadRow, f: TransportFailure): Promise<TransportFailure | null> {
  if (f.kind === 'http' && f.status === 404) {
    // The item is gone (deleted, or out of sight): so is the file.
    await db().transaction('rw', [db().uploads, db().fileData], async () => {
      await db().uploads.delete(u.fileId)
      await db().fileData.delete(u.fileId)
    })
    return null
  }
  if (f.kind === 'http' && FOR_GOOD.has(f.status) && f.code !== 'upload_incomplete') return refuse(u, f.code)
  return f
}

async function refuse(u: UploadRow, code: string): Promise<null> {
  await db().uploads.update(u.fileId, { error: code })
  return null
}
