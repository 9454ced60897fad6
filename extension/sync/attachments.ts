import { LIMITS } from '../../shared/limits'
import { chunkCount, type FileRef } from '../../shared/schema/files'
import { newFileRef } from '../crypto/file-cipher'
import { db } from '../db/database'
import { newId } from '../lib/ids'

/** A file the user chose, read into memory (the capture form, the item view). */
export type LocalFile = { name: string; type: string; data: Uint8Array<ArrayBuffer>; pickId?: string }

export class AttachmentError extends Error {}

/** Reads a picked, dropped or pasted file; refuses one over the per-file limit before anything is stored. */
export async function readLocalFile(file: Blob & { name: string }): Promise<LocalFile> {
  if (file.size > LIMITS.fileBytes) throw new AttachmentError('too large')
  return { name: file.name || 'file', type: file.type, data: new Uint8Array(await file.arrayBuffer()), pickId: newId() }
}

/**
 * The sealed description of each file: a new id, and the workspace key that will encrypt it
 * (read inside the caller's transaction; only its id, never the key itself).
 */
export async function fileRefs(workspaceId: string, files: LocalFile[]): Promise<FileRef[]> {
  if (files.length === 0) return []
  const secret = await db().secrets.get(workspaceId)
  if (!secret) throw new AttachmentError('This device has no key for the workspace')
  return files.map((f) =>
    newFileRef({ id: newId(), name: f.name.slice(0, 500), type: f.type.slice(0, 200), size: f.data.length }, secret.currentKeyId),
  )
}

/**
 * Queues the files' uploads and keeps their plaintext on the device, in the transaction that
 * writes the outbox entry `afterMutationId`: a file is never queued without the change that
 * names it, nor the change without its files.
 */
export async function queueUploads(
  workspaceId: string,
  itemId: string,
  afterMutationId: number,
  refs: FileRef[],
  files: LocalFile[],
  now: number,
): Promise<void> {
  const d = db()
  await d.uploads.bulkPut(
    refs.map((ref) => ({
      fileId: ref.id,
      workspaceId,
      itemId,
      ref,
      afterMutationId,
      sent: 0,
      chunks: chunkCount(ref.size),
      error: null,
      createdAt: now,
    })),
  )
  await d.fileData.bulkPut(refs.map((ref, i) => ({ fileId: ref.id, workspaceId, itemId, data: files[i]!.data })))
}
