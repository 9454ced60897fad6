import 'fake-indexeddb/auto'
import { vi } from 'vitest'

// Dexie needs IndexedDB, which workerd lacks: the devices use fake-indexeddb (imported above).

// Several devices share this isolate: each gets its own database and replayable ids, read from
// the async scope it runs in (see sync/device-context.ts), where the extension has one of each.
vi.mock('../../extension/db/database', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../extension/db/database')>()
  const { currentDatabase } = await import('./sync/device-context')
  return { ...actual, db: currentDatabase }
})
vi.mock('../../extension/lib/ids', async () => {
  const { nextDeviceId } = await import('./sync/device-context')
  return { newId: nextDeviceId }
})
// No background to wake here: the tests run the sync rounds themselves.
vi.mock('wxt/browser', () => ({ browser: { runtime: { sendMessage: async () => undefined } } }))
