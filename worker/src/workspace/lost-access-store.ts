/**
 * Items a member could see and no longer can (reassigned, made confidential): their next pull
 * gets a tombstone with nothing of the item in it.
 */
export class LostAccessStore {
  constructor(private readonly sql: SqlStorage) {}

  mark(itemId: string, memberId: string): void {
    this.sql.exec('INSERT OR IGNORE INTO lost_access (item_id, member_id) VALUES (?, ?)', itemId, memberId)
  }

  clear(itemId: string, memberId: string): void {
    this.sql.exec('DELETE FROM lost_access WHERE item_id = ? AND member_id = ?', itemId, memberId)
  }

  has(itemId: string, memberId: string): boolean {
    return this.sql.exec('SELECT 1 FROM lost_access WHERE item_id = ? AND member_id = ?', itemId, memberId).toArray().length > 0
  }
}
