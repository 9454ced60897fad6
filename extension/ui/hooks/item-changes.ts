import type { IntervalTree, ObservabilitySet } from 'dexie'

export type ItemChanges = { kind: 'none' } | { kind: 'keys'; ids: string[] } | { kind: 'all' }

/** Past this many changed rows a full reload is cheaper than patching one by one. */
const MAX_KEYS = 500

/**
 * Which items a Dexie write touched, from the parts Dexie reports after each commit (in this
 * page, or relayed from the background and other pages). Wide ranges (bulk writes of 50 rows or
 * more, clears) cannot be listed key by key: they ask for a full reload.
 */
export function itemChanges(parts: ObservabilitySet, dbName: string): ItemChanges {
  if ('all' in parts) return { kind: 'all' }
  const tree = parts[`idb://${dbName}/items/`]
  if (!tree || tree.d === 0) return { kind: 'none' }
  const ids: string[] = []
  const stack: IntervalTree[] = [tree]
  while (stack.length) {
    const node = stack.pop()!
    if (!('from' in node)) continue
    if (node.from !== node.to || typeof node.from !== 'string') return { kind: 'all' }
    ids.push(node.from)
    if (ids.length > MAX_KEYS) return { kind: 'all' }
    if (node.l) stack.push(node.l)
    if (node.r) stack.push(node.r)
  }
  return ids.length ? { kind: 'keys', ids } : { kind: 'none' }
}
