// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { RelaisDatabase } from '../../../extension/db/database'
import type { ItemRow } from '../../../extension/db/types'
import { compareItems, patchSorted } from '../../../extension/ui/app/item-order'
import { itemChanges } from '../../../extension/ui/hooks/item-changes'
import { useLiveItems, type LiveItemsSource } from '../../../extension/ui/hooks/use-live-items'
import { closeDatabase, freshDatabase, item, mount, waitFor } from './helpers'

describe('patching a sorted list', () => {
  const rows = [item('a', 'w', 'e', { dueAt: 1000 }), item('b', 'w', 'e', { dueAt: 2000 }), item('c', 'w', 'e', { dueAt: 3000 })]
  const all = () => true
  it('moves a changed row to its new place and drops rows that left the set', () => {
    const moved = { ...rows[0]!, sortKey: item('a', 'w', 'e', { dueAt: 2500 }).sortKey }
    expect(patchSorted(rows, ['a'], [moved], all).map((r) => r.id)).toEqual(['b', 'a', 'c'])
    expect(patchSorted(rows, ['b'], [undefined], all).map((r) => r.id)).toEqual(['a', 'c'])
    expect(patchSorted(rows, ['b'], [rows[1]!], (r) => r.id !== 'b').map((r) => r.id)).toEqual(['a', 'c'])
    const fresh = item('d', 'w', 'e', { dueAt: 500 })
    expect(patchSorted(rows, ['d'], [fresh], all).map((r) => r.id)).toEqual(['d', 'a', 'b', 'c'])
    const sorted = patchSorted(rows, ['x', 'y'], [item('y', 'w', 'e'), item('x', 'w', 'e', { dueAt: 1500 })], all)
    expect(sorted.map((r) => r.id)).toEqual(['a', 'x', 'b', 'c', 'y'])
    expect([...sorted].sort(compareItems)).toEqual(sorted)
  })
})

describe('reading Dexie change events', () => {
  it('lists single keys and asks for a reload on ranges', () => {
    const leaf = (k: string) => ({ from: k, to: k, d: 1 })
    expect(itemChanges({ 'idb://db/items/': { from: 'b', to: 'b', l: leaf('a'), r: leaf('c'), d: 2 } }, 'db')).toEqual({
      kind: 'keys',
      ids: expect.arrayContaining(['a', 'b', 'c']),
    })
    expect(itemChanges({ 'idb://db/items/': { from: 'a', to: 'z', d: 1 } }, 'db')).toEqual({ kind: 'all' })
    expect(itemChanges({ 'idb://db/comments/': leaf('a') }, 'db')).toEqual({ kind: 'none' })
    expect(itemChanges({ 'idb://other/items/': leaf('a') }, 'db')).toEqual({ kind: 'none' })
    expect(itemChanges({ 'idb://db/items/': { d: 0 } }, 'db')).toEqual({ kind: 'none' })
    expect(itemChanges({ all: { from: -Infinity, to: [[]], d: 1 } }, 'db')).toEqual({ kind: 'all' })
  })
})

function Probe({ source, onRows }: { source: LiveItemsSource; onRows: (rows: ItemRow[] | undefined, complete: boolean) => void }) {
  const { rows, complete } = useLiveItems(() => source, [source])
  onRows(rows, complete)
  return null
}

describe('useLiveItems', () => {
  let d: RelaisDatabase
  let view: ReturnType<typeof mount> | null = null
  beforeEach(() => {
    d = freshDatabase()
  })
  afterEach(async () => {
    view?.unmount()
    view = null
    await closeDatabase(d)
  })

  it('loads once, then re-reads only the rows that change', async () => {
    await d.items.bulkPut([item('a', 'w', 'e', { dueAt: 1000 }), item('b', 'w', 'e', { dueAt: 2000 }), item('other', 'v', 'e')])
    const accept = (r: ItemRow) => r.workspaceId === 'w' && r.deleted === 0
    const load = vi.fn(async () => (await d.items.orderBy('sortKey').toArray()).filter(accept))
    const firstPage = vi.fn(async () => (await d.items.orderBy('sortKey').limit(1).toArray()).filter(accept))
    let seen: { rows: ItemRow[] | undefined; complete: boolean } = { rows: undefined, complete: false }
    const history: string[][] = []
    view = mount(
      <Probe
        source={{ load, accept, firstPage }}
        onRows={(rows, complete) => {
          seen = { rows, complete }
          if (rows) history.push(rows.map((r) => r.id))
        }}
      />,
    )
    await waitFor(() => expect(seen.complete).toBe(true))
    expect(history[0]).toEqual(['a'])
    expect(seen.rows!.map((r) => r.id)).toEqual(['a', 'b'])

    await d.items.update('a', { sortKey: item('a', 'w', 'e', { dueAt: 3000 }).sortKey })
    await waitFor(() => expect(seen.rows!.map((r) => r.id)).toEqual(['b', 'a']))
    await d.items.put(item('c', 'w', 'e', { dueAt: 500 }))
    await waitFor(() => expect(seen.rows!.map((r) => r.id)).toEqual(['c', 'b', 'a']))
    await d.items.update('b', { deleted: 1 })
    await waitFor(() => expect(seen.rows!.map((r) => r.id)).toEqual(['c', 'a']))
    await d.items.put(item('x', 'v', 'e'))
    expect(load).toHaveBeenCalledTimes(1)

    // A bulk write (50 rows or more) cannot be listed key by key: one full reload.
    await d.items.bulkPut(Array.from({ length: 60 }, (_, i) => item(`bulk${i}`, 'w', 'e')))
    await waitFor(() => expect(seen.rows).toHaveLength(62))
    expect(load).toHaveBeenCalledTimes(2)
  })
})
