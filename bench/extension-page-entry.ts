// Bundled by the sync benchmarks and evaluated in an extension page of the executive's
// profile: the popup's own save (extension/sync/outbox.ts createItem: the item and its
// outbox entry in one Dexie transaction, then a `sync-now` message to the background).
// Pages cannot import modules at runtime, and this keeps test hooks out of the extension.
import { db } from '../extension/db/database'
import { createItem } from '../extension/sync/outbox'

Object.assign(globalThis, { relaisBenchPage: { createItem, db } })
