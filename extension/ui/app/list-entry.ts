import type { ItemRow } from '../../db/types'

/** A row of a list: an item, or (in the queue) the heading of an executive's group. */
export type ListEntry =
  | { kind: 'header'; key: string; label: string; count: number }
  | { kind: 'item'; item: ItemRow /** Who the item is from (queue) or with (delegated). */; context: string }

export function itemEntries(entries: readonly ListEntry[]): number {
  let n = 0
  for (const e of entries) if (e.kind === 'item') n++
  return n
}
