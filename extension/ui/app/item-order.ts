import type { ItemRow } from '../../db/types'

/** Queue order: sortKey (due time, then priority, then age), ties broken by id as the index does. */
export function compareItems(a: ItemRow, b: ItemRow): number {
  if (a.sortKey !== b.sortKey) return a.sortKey < b.sortKey ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/**
 * Applies a few changed rows to a sorted list without sorting it again: drop the old versions,
 * insert the new ones (when they still belong) at their place by binary search.
 */
export function patchSorted(
  sorted: readonly ItemRow[],
  changedIds: readonly string[],
  fresh: readonly (ItemRow | undefined)[],
  accept: (row: ItemRow) => boolean,
): ItemRow[] {
  const changed = new Set(changedIds)
  const next = sorted.filter((row) => !changed.has(row.id))
  for (const row of fresh) {
    if (!row || !accept(row)) continue
    let lo = 0
    let hi = next.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (compareItems(next[mid]!, row) <= 0) lo = mid + 1
      else hi = mid
    }
    next.splice(lo, 0, row)
  }
  return next
}
