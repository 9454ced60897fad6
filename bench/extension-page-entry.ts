// Bundled by the sync benchmarks and evaluated in extension pages: the popup's own save
// (extension/sync/outbox.ts createItem: the item and its outbox entry in one Dexie
// transaction, then a `sync-now` message to the background), and probes that tell when a
// write of the background reaches this page's store (the hops of bench/README.md).
// Pages cannot import modules at runtime, and this keeps test hooks out of the extension.
import { Dexie, type ObservabilitySet } from 'dexie'
import { db } from '../extension/db/database'
import { createItem } from '../extension/sync/outbox'

const now = () => performance.timeOrigin + performance.now()

/** Resolves with the time `test` first holds, checked after each commit that touches `table`. */
function whenStore(table: string, test: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const key = `idb://${db().name}/${table}/`
    let done = false
    const finish = (at: number | Error) => {
      if (done) return
      done = true
      Dexie.on.storagemutated.unsubscribe(onMutated)
      clearTimeout(timer)
      if (at instanceof Error) reject(at)
      else resolve(at)
    }
    const check = () =>
      void test().then(
        (ok) => ok && finish(now()),
        (err: unknown) => finish(err instanceof Error ? err : new Error(String(err))),
      )
    const onMutated = (parts: ObservabilitySet) => {
      if ('all' in parts || key in parts) check()
    }
    const timer = setTimeout(() => finish(new Error(`${table}: not within ${timeoutMs} ms`)), timeoutMs)
    Dexie.on('storagemutated', onMutated)
    check()
  })
}

const probes = {
  /** The outbox is empty: the server acknowledged the push. */
  outboxEmpty: (timeoutMs: number) => whenStore('outbox', async () => (await db().outbox.count()) === 0, timeoutMs),
  /** An item with this title is in this device's store (ids sort by time: only the newest are read). */
  itemTitled: (title: string, timeoutMs: number) =>
    whenStore(
      'items',
      async () => {
        const newest = await db().items.orderBy(':id').reverse().limit(5).toArray()
        return newest.some((i) => i.content?.title === title)
      },
      timeoutMs,
    ),
}

Object.assign(globalThis, { relaisBenchPage: { createItem, db, now, ...probes } })
