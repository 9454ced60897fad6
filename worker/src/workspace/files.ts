import { canSee, type Actor } from '../../../shared/rights'
import { FILE_CHUNK_CIPHER_BYTES, FILE_MAX_CIPHER_BYTES, type BeginUploadRequest, type FileStatus } from '../../../shared/schema/files'
import type { Bindings } from '../env'
import { fail, forbidden, notFound, ok, type Failure, type Outcome } from '../outcome'
import { FileStore, type FileRow } from './file-store'
import { factsOf, type ItemRow } from './rows'
import type { WorkspaceStore } from './store'

/** What the HTTP layer asks of the workspace about one file. */
export type FileOp =
  | { kind: 'begin'; fileId: string; body: BeginUploadRequest }
  | { kind: 'status'; fileId: string }
  | { kind: 'write'; fileId: string; index: number; size: number }
  | { kind: 'stored'; fileId: string; index: number; size: number }
  | { kind: 'complete'; fileId: string }
  | { kind: 'read'; fileId: string; index: number }
  | { kind: 'delete'; fileId: string }

/** The answer: the file as the caller may know it, and where its chunks live in R2. */
export type FileGrant = { status: FileStatus; prefix: string; created: boolean }

const GONE = (): Failure => notFound('No such file.')
const COLLECT_BATCH = 50

/**
 * Attachments' rights, quota and life cycle. A file belongs to an item: whoever may see the item
 * may read the file (so a confidential item's files reach only its creator and assignee), and
 * whoever may comment on it may attach to it. The bytes are ciphertext in R2; the worker reads
 * and writes them once this module has said yes.
 */
export class WorkspaceFiles {
  readonly store: FileStore

  constructor(
    sql: SqlStorage,
    private readonly items: WorkspaceStore,
    private readonly env: Bindings,
    private readonly storage: DurableObjectStorage,
  ) {
    this.store = new FileStore(sql)
  }

  private get quota(): number {
    return Number(this.env.FILE_QUOTA_BYTES) || 2 * 1024 ** 3
  }

  private get ttlMs(): number {
    return (Number(this.env.FILE_UPLOAD_TTL_HOURS) || 24) * 3600_000
  }

  async handle(me: Actor, op: FileOp): Promise<Outcome<FileGrant>> {
    const workspaceId = this.items.get('workspace_id') ?? ''
    const prefix = `${workspaceId}/${op.fileId}/`
    if (op.kind === 'begin') return this.begin(me, op.fileId, op.body, prefix)
    const file = this.store.file(op.fileId)
    const item = file && file.state !== 'doomed' ? this.items.item(file.itemId) : null
    if (!file || !item || !visible(me, item)) return GONE()
    const grant = (f: FileRow = file, created = false): Outcome<FileGrant> => ok({ status: this.store.status(f), prefix, created })
    switch (op.kind) {
      case 'status':
        return grant()
      case 'read':
        if (file.state !== 'complete') return fail(409, 'upload_incomplete', 'This file is still being uploaded.')
        if (op.index >= file.chunks) return notFound('No such chunk.')
        return grant()
      case 'write':
      case 'stored': {
        const refused =
          mayWrite(me, item) ?? (file.uploadedBy === me.id ? null : forbidden('Only the member who started an upload sends its chunks.'))
        if (refused) return refused
        if (file.state === 'complete') return fail(409, 'conflict', 'This upload is already complete.')
        if (op.index >= file.chunks) return fail(400, 'invalid_request', `index: this file has ${file.chunks} chunks`, { field: 'index' })
        const expected = op.index < file.chunks - 1 ? FILE_CHUNK_CIPHER_BYTES : file.size - (file.chunks - 1) * FILE_CHUNK_CIPHER_BYTES
        if (op.size !== expected) return fail(400, 'invalid_request', `Chunk ${op.index} must be ${expected} bytes.`, { field: '(body)' })
        if (op.kind === 'stored') this.store.recordChunk(file.id, op.index, op.size)
        return grant()
      }
      case 'complete': {
        const refused =
          mayWrite(me, item) ?? (file.uploadedBy === me.id ? null : forbidden('Only the member who started an upload completes it.'))
        if (refused) return refused
        if (file.state === 'complete') return grant()
        const stored = this.store.storedChunks(file.id)
        if (stored.length !== file.chunks) {
          return fail(409, 'upload_incomplete', `${file.chunks - stored.length} of ${file.chunks} chunks are missing.`)
        }
        this.store.complete(file.id, Date.now())
        return grant(this.store.file(file.id) ?? file)
      }
      case 'delete': {
        if (file.uploadedBy !== me.id && me.role !== 'executive') return forbidden('Only an executive or the uploader deletes a file.')
        this.store.doom(file.id)
        await this.collectSoon()
        return grant()
      }
    }
  }

  private async begin(me: Actor, fileId: string, body: BeginUploadRequest, prefix: string): Promise<Outcome<FileGrant>> {
    const item = this.items.item(body.itemId)
    if (!item || !visible(me, item)) return notFound('No such item.')
    const refused = mayWrite(me, item)
    if (refused) return refused
    if (body.size > FILE_MAX_CIPHER_BYTES) return fail(413, 'payload_too_large', 'A file is limited to 25 MiB.')
    if (body.chunks !== Math.ceil(body.size / FILE_CHUNK_CIPHER_BYTES)) {
      return fail(400, 'invalid_request', `chunks: ${body.size} bytes make ${Math.ceil(body.size / FILE_CHUNK_CIPHER_BYTES)} chunks`, {
        field: 'chunks',
      })
    }
    const existing = this.store.file(fileId)
    if (existing) {
      // The same declaration again is a resumed upload; anything else reuses an id it must not.
      const same =
        existing.state !== 'doomed' &&
        existing.itemId === body.itemId &&
        existing.size === body.size &&
        existing.chunks === body.chunks &&
        existing.uploadedBy === me.id
      if (!same)
        return existing.uploadedBy === me.id || visible(me, this.items.item(existing.itemId))
          ? fail(409, 'conflict', 'This file id is taken.')
          : notFound('No such file.')
      return ok({ status: this.store.status(existing), prefix, created: false })
    }
    if (this.store.reservedBytes() + body.size > this.quota) {
      return fail(413, 'quota_exceeded', 'The workspace has no room left for this file.')
    }
    const row: FileRow = {
      id: fileId,
      itemId: body.itemId,
      size: body.size,
      chunks: body.chunks,
      state: 'uploading',
      uploadedBy: me.id,
      createdAt: Date.now(),
      completedAt: null,
    }
    this.store.addFile(row)
    await armAlarm(this.storage, row.createdAt + this.ttlMs)
    return ok({ status: this.store.status(row), prefix, created: true })
  }

  /** After item changes: files of deleted or cancelled items go, on the next alarm. */
  async afterItemChanges(): Promise<void> {
    if (this.store.doomOrphans(Date.now() - this.ttlMs) > 0) await this.collectSoon()
  }

  private async collectSoon(): Promise<void> {
    await armAlarm(this.storage, Date.now())
  }

  /**
   * The alarm's share: doom stale uploads and orphans, delete doomed files' objects from R2, and
   * say when to come back. R2 first, then the record: a crash in between only deletes again.
   */
  async collect(workspaceId: string, now: number): Promise<number | null> {
    this.store.doomOrphans(now - this.ttlMs)
    for (;;) {
      const doomed = this.store.doomed(COLLECT_BATCH)
      if (doomed.length === 0) break
      const keys = doomed.flatMap((f) => Array.from({ length: f.chunks }, (_, i) => `${workspaceId}/${f.id}/${i}`))
      for (let i = 0; i < keys.length; i += 1000) await this.env.FILES.delete(keys.slice(i, i + 1000))
      this.storage.transactionSync(() => {
        for (const f of doomed) this.store.forget(f.id)
      })
    }
    const oldest = this.store.oldestUpload()
    return oldest === null ? null : oldest + this.ttlMs
  }
}

function visible(me: Actor, item: ItemRow | null): item is ItemRow {
  return item !== null && !item.deleted && canSee(me, factsOf(item))
}

/** Attaching follows commenting: executives on any item they see, assistants on theirs or unassigned ones. */
function mayWrite(me: Actor, item: ItemRow): Failure | null {
  if (item.status === 'cancelled') return fail(409, 'conflict', 'The item is cancelled.')
  if (me.role === 'executive') return null
  if (item.meta.assigneeId !== null && item.meta.assigneeId !== me.id) return forbidden('This item is assigned to someone else.')
  return null
}

/** One alarm serves the whole object: move it earlier, never later. */
export async function armAlarm(storage: DurableObjectStorage, at: number): Promise<void> {
  const current = await storage.getAlarm()
  if (current === null || current > at) await storage.setAlarm(at)
}
