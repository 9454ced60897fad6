import type { Comment } from '../../../shared/schema/item'
import type { MemberListEntry } from '../../../shared/schema/workspace'
import type { ItemEvent, Playbook } from '../../../shared/schema/sync'
import { commentFromRow, eventFromRow, itemFromRow, memberFromRow, type ItemRow } from './rows'
import { GlossaryStore } from './glossary-store'
import { KeyStore } from './key-store'
import { MembershipStore } from './membership-store'
import { LostAccessStore } from './lost-access-store'
import { RecurrenceStore } from './recurrence-store'
import { MIGRATIONS, SCHEMA_STATEMENTS } from './schema'

/**
 * Typed access to one workspace's SQLite storage. Every method is synchronous so that callers
 * can group them in `transactionSync` and nothing interleaves between a read and its write.
 * Items, comments, history and the change log are here; each other concern has its own store
 * (a field below), so no SQL string lives outside a store.
 */
export class WorkspaceStore {
  /** False until the workspace is created: anyone can address any object id, and must not cost storage. */
  private ready: boolean
  readonly membership: MembershipStore
  readonly keys: KeyStore
  readonly glossary: GlossaryStore
  readonly recurrence: RecurrenceStore
  readonly lostAccess: LostAccessStore

  constructor(private readonly sql: SqlStorage) {
    this.membership = new MembershipStore(sql)
    this.keys = new KeyStore(sql)
    this.glossary = new GlossaryStore(sql)
    this.recurrence = new RecurrenceStore(sql)
    this.lostAccess = new LostAccessStore(sql)
    this.ready = sql.exec("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'kv'").toArray().length > 0
    if (this.ready) this.migrate()
  }

  /** Creates the tables; called once, in the transaction that creates the workspace. */
  init(): void {
    this.migrate()
    this.ready = true
  }

  private migrate(): void {
    for (const statement of SCHEMA_STATEMENTS) this.sql.exec(statement)
    const row = this.sql.exec("SELECT value FROM kv WHERE key = 'schema_version'").toArray()[0]
    const done = row ? Number(row.value) : 0
    for (let i = done; i < MIGRATIONS.length; i++) {
      for (const statement of MIGRATIONS[i]!) this.sql.exec(statement)
    }
    if (done < MIGRATIONS.length) this.set('schema_version', String(MIGRATIONS.length))
  }

  get(key: string): string | null {
    // An object without tables is a workspace that does not exist: every key is absent.
    if (!this.ready) return null
    const row = this.sql.exec('SELECT value FROM kv WHERE key = ?', key).toArray()[0]
    return row ? String(row.value) : null
  }

  set(key: string, value: string): void {
    this.sql.exec('INSERT INTO kv (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value', key, value)
  }

  /** The change counter: every write takes the next number, and cursors point into it. */
  version(): number {
    return Number(this.get('version') ?? '0')
  }

  nextVersion(): number {
    const next = this.version() + 1
    this.set('version', String(next))
    return next
  }

  member(id: string): MemberListEntry | null {
    const row = this.sql.exec('SELECT * FROM members WHERE id = ?', id).toArray()[0]
    return row ? memberFromRow(row) : null
  }

  members(): MemberListEntry[] {
    return this.sql.exec('SELECT * FROM members ORDER BY created_at, id').toArray().map(memberFromRow)
  }

  item(id: string): ItemRow | null {
    const row = this.sql.exec('SELECT * FROM items WHERE id = ?', id).toArray()[0]
    return row ? itemFromRow(row) : null
  }

  putItem(item: ItemRow): void {
    this.sql.exec(
      `INSERT INTO items (id, sealed, priority, due_at, assignee_id, category, confidential, status,
         created_by, created_at, updated_at, status_times, deleted, version, recurrence)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(id) DO UPDATE SET sealed = excluded.sealed, priority = excluded.priority,
         due_at = excluded.due_at, assignee_id = excluded.assignee_id, category = excluded.category,
         confidential = excluded.confidential, status = excluded.status,
         updated_at = excluded.updated_at, status_times = excluded.status_times,
         deleted = excluded.deleted, version = excluded.version, recurrence = excluded.recurrence`,
      item.id,
      item.sealed,
      item.meta.priority,
      item.meta.dueAt,
      item.meta.assigneeId,
      item.meta.category,
      item.meta.confidential ? 1 : 0,
      item.status,
      item.createdBy,
      item.createdAt,
      item.updatedAt,
      JSON.stringify(item.statusTimes),
      item.deleted ? 1 : 0,
      item.version,
      item.meta.recurrence ? JSON.stringify(item.meta.recurrence) : null,
    )
  }

  /** Records one entry of an item's history, numbered in the change log like everything else. */
  addEvent(e: Omit<ItemEvent, 'id'>, version: number): void {
    this.sql.exec(
      'INSERT INTO item_events (item_id, actor_id, at, kind, status, changes, version) VALUES (?, ?, ?, ?, ?, ?, ?)',
      e.itemId,
      e.actorId,
      e.at,
      e.kind,
      e.status ?? null,
      e.changes ? JSON.stringify(e.changes) : null,
      version,
    )
  }

  eventsChangedBetween(after: number, upTo: number): ItemEvent[] {
    return this.sql
      .exec('SELECT * FROM item_events WHERE version > ? AND version <= ? ORDER BY id', after, upTo)
      .toArray()
      .map(eventFromRow)
  }

  /** An item's whole history, for members who just gained sight of it. */
  touchEvents(itemId: string, version: number): void {
    this.sql.exec('UPDATE item_events SET version = ? WHERE item_id = ?', version, itemId)
  }

  putPlaybook(category: string, sealed: string, updatedBy: string, updatedAt: number, version: number): void {
    this.sql.exec(
      `INSERT INTO playbooks (category, sealed, updated_by, updated_at, version) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT(category) DO UPDATE SET sealed = excluded.sealed, updated_by = excluded.updated_by,
        updated_at = excluded.updated_at, version = excluded.version`,
      category,
      sealed,
      updatedBy,
      updatedAt,
      version,
    )
  }

  playbooksChangedBetween(after: number, upTo: number): Playbook[] {
    return this.sql
      .exec('SELECT * FROM playbooks WHERE version > ? AND version <= ? ORDER BY version', after, upTo)
      .toArray()
      .map((r) => ({
        category: String(r.category),
        sealed: String(r.sealed),
        updatedBy: String(r.updated_by),
        updatedAt: Number(r.updated_at),
      }))
  }

  itemsChangedSince(version: number, limit: number): ItemRow[] {
    return this.sql.exec('SELECT * FROM items WHERE version > ? ORDER BY version LIMIT ?', version, limit).toArray().map(itemFromRow)
  }

  liveItems(): ItemRow[] {
    return this.sql.exec('SELECT * FROM items WHERE deleted = 0 ORDER BY created_at, id').toArray().map(itemFromRow)
  }

  comment(id: string): (Comment & { version: number }) | null {
    const row = this.sql.exec('SELECT * FROM comments WHERE id = ?', id).toArray()[0]
    return row ? commentFromRow(row) : null
  }

  putComment(comment: Comment, version: number): void {
    this.sql.exec(
      'INSERT INTO comments (id, item_id, sealed, author_id, created_at, version) VALUES (?, ?, ?, ?, ?, ?)',
      comment.id,
      comment.itemId,
      comment.sealed,
      comment.authorId,
      comment.createdAt,
      version,
    )
  }

  commentsChangedBetween(after: number, upTo: number): (Comment & { version: number })[] {
    return this.sql
      .exec('SELECT * FROM comments WHERE version > ? AND version <= ? ORDER BY version', after, upTo)
      .toArray()
      .map(commentFromRow)
  }

  /** Re-sends an item's comments to whoever can now see it (after a reassignment). */
  touchComments(itemId: string, version: number): void {
    this.sql.exec('UPDATE comments SET version = ? WHERE item_id = ?', version, itemId)
  }

  deleteComments(itemId: string): void {
    this.sql.exec('DELETE FROM comments WHERE item_id = ?', itemId)
  }

  lastCommentAt(itemId: string): number | null {
    const row = this.sql.exec('SELECT MAX(created_at) AS t FROM comments WHERE item_id = ?', itemId).toArray()[0]
    return row && row.t !== null ? Number(row.t) : null
  }

  client(id: string): { memberId: string; lastMutationId: number } | null {
    const row = this.sql.exec('SELECT member_id, last_mutation_id FROM clients WHERE id = ?', id).toArray()[0]
    return row ? { memberId: String(row.member_id), lastMutationId: Number(row.last_mutation_id) } : null
  }

  setLastMutationId(clientId: string, memberId: string, id: number, now: number): void {
    this.sql.exec(
      `INSERT INTO clients (id, member_id, last_mutation_id, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(id) DO UPDATE SET last_mutation_id = excluded.last_mutation_id, updated_at = excluded.updated_at`,
      clientId,
      memberId,
      id,
      now,
    )
  }

  lastMutationIdsOf(memberId: string): Record<string, number> {
    const out: Record<string, number> = {}
    for (const row of this.sql.exec('SELECT id, last_mutation_id FROM clients WHERE member_id = ?', memberId)) {
      out[String(row.id)] = Number(row.last_mutation_id)
    }
    return out
  }

  /** The newest comment's time per item, for KPIs. */
  lastCommentTimes(): Record<string, number> {
    const out: Record<string, number> = {}
    for (const row of this.sql.exec('SELECT item_id, MAX(created_at) AS t FROM comments GROUP BY item_id')) {
      out[String(row.item_id)] = Number(row.t)
    }
    return out
  }
}
