import { itemFromRow, type ItemRow } from './rows'

/** Open recurring items with a date: the one predicate behind every recurrence query. */
const OPEN_RECURRING = "recurrence IS NOT NULL AND deleted = 0 AND status NOT IN ('done', 'cancelled') AND due_at IS NOT NULL"

/** The recurring items' queries: the SQL of `recurrence.ts`. */
export class RecurrenceStore {
  constructor(private readonly sql: SqlStorage) {}

  /** The earliest due date of an open recurring item, later than `after` if given. */
  nextDue(after: number | null = null): number | null {
    const row =
      after === null
        ? this.sql.exec(`SELECT MIN(due_at) AS t FROM items WHERE ${OPEN_RECURRING}`).toArray()[0]
        : this.sql.exec(`SELECT MIN(due_at) AS t FROM items WHERE ${OPEN_RECURRING} AND due_at > ?`, after).toArray()[0]
    return row && row.t !== null ? Number(row.t) : null
  }

  /** Open recurring items due by `now`. */
  dueBy(now: number): ItemRow[] {
    return this.sql.exec(`SELECT * FROM items WHERE ${OPEN_RECURRING} AND due_at <= ?`, now).toArray().map(itemFromRow)
  }
}
