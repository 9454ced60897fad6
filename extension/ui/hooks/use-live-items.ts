import { Dexie, type ObservabilitySet } from 'dexie'
import { useEffect, useState } from 'preact/hooks'
import { db } from '../../db/database'
import type { ItemRow } from '../../db/types'
import { patchSorted } from '../app/item-order'
import { itemChanges } from './item-changes'

export type LiveItemsSource = {
  /** The whole set, in queue order, read by index. */
  load: () => Promise<ItemRow[]>
  /** A quick first screenful (the head of the sortKey index), shown while `load` runs. */
  firstPage?: () => Promise<ItemRow[]>
  /** Whether a row belongs to the set: the same test `load` applies. */
  accept: (row: ItemRow) => boolean
}

/**
 * A large list of items kept live. `liveQuery` would re-read all 50,000 rows after every
 * change (a second or more on a small machine); this reads them once, then listens to the same
 * change events liveQuery uses and re-reads only the rows that changed. Work is serialized, so
 * a change that lands during the first load is applied after it, never lost.
 */
export function useLiveItems(source: () => LiveItemsSource, deps: readonly unknown[]): { rows: ItemRow[] | undefined; complete: boolean } {
  const [state, setState] = useState<{ rows: ItemRow[] | undefined; complete: boolean }>({ rows: undefined, complete: false })
  useEffect(() => {
    const { load, accept, firstPage } = source()
    let alive = true
    let current: ItemRow[] | null = null
    let chain: Promise<void> = Promise.resolve()
    let pendingIds = new Set<string>()
    let pendingAll = false
    let scheduled = false
    const publish = (next: ItemRow[], complete = true) => {
      current = next
      if (alive) setState({ rows: next, complete })
    }
    const flush = async () => {
      scheduled = false
      const all = pendingAll || current === null
      const ids = [...pendingIds]
      pendingAll = false
      pendingIds = new Set()
      if (!alive) return
      if (current === null && firstPage) {
        // Reading 50,000 rows takes a moment: paint the head of the queue first.
        const head = await firstPage()
        if (alive && current === null && head.length > 0) {
          publish(head, false)
          // Let that screen paint before reading the rest: the full read and its render would hold the frame.
          await afterPaint()
        }
      }
      if (all) return publish(await load())
      const fresh = await db().items.bulkGet(ids)
      publish(patchSorted(current!, ids, fresh, accept))
    }
    const schedule = () => {
      if (scheduled) return
      scheduled = true
      chain = chain.then(flush).catch((err: unknown) => console.error('Relais list update failed', err))
    }
    const onMutated = (parts: ObservabilitySet) => {
      const change = itemChanges(parts, db().name)
      if (change.kind === 'none') return
      if (change.kind === 'all') pendingAll = true
      else for (const id of change.ids) pendingIds.add(id)
      schedule()
    }
    pendingAll = true
    schedule()
    Dexie.on('storagemutated', onMutated)
    return () => {
      alive = false
      Dexie.on.storagemutated.unsubscribe(onMutated)
    }
    // biome-ignore lint/correctness/useExhaustiveDependencies: the caller's deps; biome.jsonc checks them at each call.
  }, deps)
  return state
}

/** Resolves once the next frame has been produced (at once where there are no frames, as in tests). */
function afterPaint(): Promise<void> {
  if (typeof requestAnimationFrame === 'undefined' || document.hidden) return Promise.resolve()
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
}
