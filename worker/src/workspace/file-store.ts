import type { FileStatus } from '../../../shared/schema/files'

export type FileState = 'uploading' | 'complete' | 'doomed'
export type FileRow = {
  id: string
  itemId: string
  size: number
  chunks: number
  state: FileState
  uploadedBy: string
  createdAt: number
  completedAt: number | null
}

function fileFromRow(r: Record<string, SqlStorageValue>): FileRow {
  const state = r.state === 'complete' ? 'complete' : r.state === 'uploading' ? 'uploading' : 'doomed'
  return {
    id: String(r.id),
    itemId: String(r.item_id),
    size: Number(r.size),
    chunks: Number(r.chunks),
    state,
    uploadedBy: String(r.uploaded_by),
    createdAt: Number(r.created_at),
    completedAt: r.completed_at === null ? null : Number(r.completed_at),
  }
}

/**
 * The workspace's record of its attachments: which item owns which file, which chunks arrived.
 * Synchronous like WorkspaceStore, so a check and its write can share a transaction.
 */
export class FileStore {
  constructor(private readonly sql: SqlStorage) {}

  file(id: string): FileRow | null {
    const row = this.sql.exec('SELECT * FROM files WHERE id = ?', id).toArray()[0]
    return row ? fileFromRow(row) : null
  }

  addFile(f: FileRow): void {
    this.sql.exec(
      'INSERT INTO files (id, item_id, size, chunks, state, uploaded_by, created_at, completed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      f.id,
      f.itemId,
      f.size,
      f.chunks,
      f.state,
      f.uploadedBy,
      f.createdAt,
      f.completedAt,
    )
  }

  storedChunks(id: string): number[] {
    return this.sql
      .exec('SELECT idx FROM file_chunks WHERE file_id = ? ORDER BY idx', id)
      .toArray()
      .map((r) => Number(r.idx))
  }

  /** A chunk stored again (a retry) replaces its record: it is counted once. */
  recordChunk(id: string, index: number, size: number): void {
    this.sql.exec(
      'INSERT INTO file_chunks (file_id, idx, size) VALUES (?, ?, ?) ON CONFLICT(file_id, idx) DO UPDATE SET size = excluded.size',
      id,
      index,
      size,
    )
  }

  complete(id: string, now: number): void {
    this.sql.exec("UPDATE files SET state = 'complete', completed_at = ? WHERE id = ?", now, id)
  }

  /** Bytes the workspace holds or has reserved for uploads in progress. */
  reservedBytes(): number {
    return Number(this.sql.exec("SELECT COALESCE(SUM(size), 0) AS n FROM files WHERE state != 'doomed'").toArray()[0]?.n ?? 0)
  }

  doom(id: string): void {
    this.sql.exec("UPDATE files SET state = 'doomed' WHERE id = ?", id)
  }

  /** Files of deleted or cancelled items, and uploads started before `staleBefore` and never completed. */
  doomOrphans(staleBefore: number): number {
    const dead = this.sql.exec(`UPDATE files SET state = 'doomed' WHERE state != 'doomed'
      AND item_id IN (SELECT id FROM items WHERE deleted = 1 OR status = 'cancelled')`)
    const stale = this.sql.exec("UPDATE files SET state = 'doomed' WHERE state = 'uploading' AND created_at < ?", staleBefore)
    dead.toArray()
    stale.toArray()
    return dead.rowsWritten + stale.rowsWritten
  }

  doomed(limit: number): FileRow[] {
    return this.sql.exec("SELECT * FROM files WHERE state = 'doomed' LIMIT ?", limit).toArray().map(fileFromRow)
  }

  forget(id: string): void {
    this.sql.exec('DELETE FROM file_chunks WHERE file_id = ?', id)
    this.sql.exec('DELETE FROM files WHERE id = ?', id)
  }

  /** The oldest upload still in progress, to wake up when it goes stale. */
  oldestUpload(): number | null {
    const row = this.sql.exec("SELECT MIN(created_at) AS t FROM files WHERE state = 'uploading'").toArray()[0]
    return row && row.t !== null ? Number(row.t) : null
  }

  status(f: FileRow): FileStatus {
    return {
      id: f.id,
      itemId: f.itemId,
      size: f.size,
      chunks: f.chunks,
      state: f.state === 'complete' ? 'complete' : 'uploading',
      stored: this.storedChunks(f.id),
      uploadedBy: f.uploadedBy,
      createdAt: f.createdAt,
    }
  }
}
