import type { ListEntry } from './list-entry'

/** Where each item sits: its row index, and its position among items only (for aria-posinset). */
export function indexEntries(entries: readonly ListEntry[]): { rowOf: Map<string, number>; positionAt: Int32Array } {
  const rowOf = new Map<string, number>()
  const positionAt = new Int32Array(entries.length)
  let n = 0
  entries.forEach((e, i) => {
    if (e.kind === 'item') {
      rowOf.set(e.item.id, i)
      positionAt[i] = ++n
    }
  })
  return { rowOf, positionAt }
}

/** The next item row from `from` in `step` direction, skipping group headers; clamped at the ends. */
export function stepToItem(entries: readonly ListEntry[], from: number, step: number): number {
  const dir = step >= 0 ? 1 : -1
  let remaining = Math.abs(step)
  let i = from
  let last = from >= 0 && from < entries.length && entries[from]!.kind === 'item' ? from : -1
  while (remaining > 0) {
    i += dir
    if (i < 0 || i >= entries.length) break
    if (entries[i]!.kind === 'item') {
      last = i
      remaining--
    }
  }
  if (last === -1) {
    // Nothing selected yet and nothing found that way: take the first item from the other end.
    for (let j = dir > 0 ? 0 : entries.length - 1; j >= 0 && j < entries.length; j += dir) if (entries[j]!.kind === 'item') return j
  }
  return last
}
