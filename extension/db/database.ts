import Dexie, { type EntityTable, type Table } from 'dexie'
import type {
  CaptureHealthRow,
  CommentRow,
  DraftRow,
  EventRow,
  FileDataRow,
  ItemRow,
  UploadRow,
  OutboxRow,
  PlaybookRow,
  SecretRow,
  SettingRow,
  SyncStatusRow,
  WorkspaceRow,
} from './types'

/**
 * The device's store. Versions only ever add: an upgrade keeps every table's rows, and the
 * outbox above all (pending changes are the one thing that exists nowhere else).
 */
/** The schema of version 1, kept so the upgrade test can build a v1 database. */
export const SCHEMA_V1 = {
  workspaces: 'id',
  secrets: 'workspaceId',
  items: 'id, workspaceId, [workspaceId+status], sortKey, updatedAt, status, unseen',
  comments: 'id, itemId, workspaceId',
  outbox: '++seq, workspaceId, &[workspaceId+mutationId]',
  syncStatus: 'workspaceId',
  drafts: 'id, createdAt',
  settings: 'key',
} as const

export class RelaisDatabase extends Dexie {
  workspaces!: EntityTable<WorkspaceRow, 'id'>
  secrets!: EntityTable<SecretRow, 'workspaceId'>
  items!: EntityTable<ItemRow, 'id'>
  comments!: EntityTable<CommentRow, 'id'>
  outbox!: EntityTable<OutboxRow, 'seq'>
  syncStatus!: EntityTable<SyncStatusRow, 'workspaceId'>
  drafts!: EntityTable<DraftRow, 'id'>
  settings!: EntityTable<SettingRow, 'key'>
  playbooks!: Table<PlaybookRow, [string, string]>
  events!: Table<EventRow, [string, number]>
  uploads!: EntityTable<UploadRow, 'fileId'>
  fileData!: EntityTable<FileDataRow, 'fileId'>
  captureHealth!: EntityTable<CaptureHealthRow, 'id'>

  constructor(name = 'relais') {
    super(name)
    this.version(1).stores(SCHEMA_V1)
    // v2: the queue reads one workspace in due order without scanning the others.
    this.version(2).stores({
      items: 'id, workspaceId, [workspaceId+status], [workspaceId+sortKey], sortKey, updatedAt, status, unseen',
    })
    // v3: governance. Playbooks by category and item history, both per workspace (two
    // workspaces may share a category name, and event ids are only unique in their workspace).
    this.version(3).stores({
      playbooks: '[workspaceId+category], workspaceId',
      events: '[workspaceId+id], workspaceId, itemId',
    })
    // v4: attachments. Uploads waiting to leave (written with their outbox entry), and the
    // plaintext of files on this device (attached here, or downloaded and opened).
    this.version(4).stores({
      uploads: 'fileId, workspaceId, itemId',
      fileData: 'fileId, workspaceId, itemId',
    })
    // v5: Gmail captures that could not read every field, newest kept (device only).
    this.version(5).stores({ captureHealth: '++id, at' })
  }
}

let instance: RelaisDatabase | null = null

/** One database per extension context, opened on first use. */
export function db(): RelaisDatabase {
  instance ??= new RelaisDatabase()
  return instance
}

/** For tests: use a fresh database. */
export function setDatabase(next: RelaisDatabase | null): void {
  instance = next
}
