import { db } from '../../db/database'
import type { ItemRow } from '../../db/types'

/** The first rows of the sortKey index that belong to a list: one small read, for a first paint. */
export async function queueHead(accept: (row: ItemRow) => boolean, count = 200): Promise<ItemRow[]> {
  return (await db().items.orderBy('sortKey').limit(count).toArray()).filter(accept)
}
