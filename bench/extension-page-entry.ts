// Bundled by the sync benchmarks and evaluated in an extension page of the executive's
// profile: the popup's own save (extension/store/actions.ts createItem: the item and its
// outbox entry in one Dexie transaction, then a `sync-now` message to the background).
// Pages cannot import modules at runtime, and this keeps test hooks out of the extension.
import { db } from '../extension/db/database'
import { createItem } from '../extension/store/actions'

Object.assign(globalThis, { relaisBenchPage: { createItem, db } })
