/**
 * The workspace's SQLite schema. Statements are idempotent and run on every start of the
 * object; a new version appends statements, it never edits old ones.
 */
export const SCHEMA_STATEMENTS: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS kv (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS members (
     id TEXT PRIMARY KEY, role TEXT NOT NULL, display_name TEXT NOT NULL,
     revoked INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS tokens (
     id TEXT PRIMARY KEY, member_id TEXT NOT NULL, hash TEXT NOT NULL, created_at INTEGER NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS tokens_member ON tokens(member_id)`,
  `CREATE TABLE IF NOT EXISTS invites (
     hash TEXT PRIMARY KEY, role TEXT NOT NULL, created_by TEXT NOT NULL,
     created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, used_at INTEGER)`,
  `CREATE TABLE IF NOT EXISTS items (
     id TEXT PRIMARY KEY, sealed TEXT NOT NULL, priority TEXT NOT NULL, due_at INTEGER,
     assignee_id TEXT, category TEXT, confidential INTEGER NOT NULL, status TEXT NOT NULL,
     created_by TEXT NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
     status_times TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, version INTEGER NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS items_version ON items(version)`,
  // Members who could see an item and then lost sight of it (reassigned, made confidential):
  // their next pull gets a tombstone so the content leaves their device.
  `CREATE TABLE IF NOT EXISTS lost_access (
     item_id TEXT NOT NULL, member_id TEXT NOT NULL, PRIMARY KEY (item_id, member_id))`,
  `CREATE TABLE IF NOT EXISTS comments (
     id TEXT PRIMARY KEY, item_id TEXT NOT NULL, sealed TEXT NOT NULL, author_id TEXT NOT NULL,
     created_at INTEGER NOT NULL, version INTEGER NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS comments_version ON comments(version)`,
  `CREATE INDEX IF NOT EXISTS comments_item ON comments(item_id)`,
  `CREATE TABLE IF NOT EXISTS clients (
     id TEXT PRIMARY KEY, member_id TEXT NOT NULL, last_mutation_id INTEGER NOT NULL,
     updated_at INTEGER NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS glossary_terms (
     id TEXT PRIMARY KEY, term TEXT NOT NULL, aliases TEXT NOT NULL, definition TEXT NOT NULL,
     lang TEXT NOT NULL, category TEXT NOT NULL, created_at INTEGER NOT NULL)`,
]

/**
 * Changes after the first schema, applied once each, in order, tracked by `schema_version` in kv.
 * Never edit an entry: append a new one.
 */
export const MIGRATIONS: readonly (readonly string[])[] = [
  [
    `ALTER TABLE items ADD COLUMN recurrence TEXT`,
    `CREATE TABLE playbooks (
       category TEXT PRIMARY KEY, sealed TEXT NOT NULL, updated_by TEXT NOT NULL,
       updated_at INTEGER NOT NULL, version INTEGER NOT NULL)`,
    `CREATE INDEX playbooks_version ON playbooks(version)`,
    // The item's history (audit): who did what and when; never content.
    `CREATE TABLE item_events (
       id INTEGER PRIMARY KEY AUTOINCREMENT, item_id TEXT NOT NULL, actor_id TEXT NOT NULL,
       at INTEGER NOT NULL, kind TEXT NOT NULL, status TEXT, changes TEXT, version INTEGER NOT NULL)`,
    `CREATE INDEX item_events_version ON item_events(version)`,
    `CREATE INDEX item_events_item ON item_events(item_id)`,
  ],
  [
    `CREATE TABLE device_keys (
       client_id TEXT PRIMARY KEY, member_id TEXT NOT NULL, public_key TEXT NOT NULL, created_at INTEGER NOT NULL)`,
    `CREATE TABLE key_envelopes (
       key_id TEXT NOT NULL, client_id TEXT NOT NULL, wrapped TEXT NOT NULL, created_by TEXT NOT NULL,
       created_at INTEGER NOT NULL, PRIMARY KEY (key_id, client_id))`,
  ],
  [
    // Attachments: which item owns which file (rights, quota, deletion); the bytes are in R2.
    // state: uploading | complete | doomed (its R2 objects are being deleted).
    `CREATE TABLE files (
       id TEXT PRIMARY KEY, item_id TEXT NOT NULL, size INTEGER NOT NULL, chunks INTEGER NOT NULL,
       state TEXT NOT NULL, uploaded_by TEXT NOT NULL, created_at INTEGER NOT NULL, completed_at INTEGER)`,
    `CREATE INDEX files_item ON files(item_id)`,
    `CREATE INDEX files_state ON files(state)`,
    `CREATE TABLE file_chunks (file_id TEXT NOT NULL, idx INTEGER NOT NULL, size INTEGER NOT NULL, PRIMARY KEY (file_id, idx))`,
  ],
]
