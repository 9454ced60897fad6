import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { RelaisDatabase, SCHEMA_V1 } from '../../../extension/db/database'

describe('database upgrade', () => {
  it('keeps pending outbox entries, items and secrets from version 1', async () => {
    const name = `upgrade-${Math.random().toString(36).slice(2)}`
    const v1 = new Dexie(name)
    v1.version(1).stores(SCHEMA_V1)
    await v1.open()
    await v1.table('outbox').bulkAdd(
      [1, 2, 3].map((mutationId) => ({
        workspaceId: 'ws1',
        mutationId,
        mutation: { name: 'setStatus', args: { id: 'a', status: 'done' } },
        createdAt: mutationId,
      })),
    )
    await v1.table('items').put({ id: 'a', workspaceId: 'ws1', sortKey: 'x', status: 'new', unseen: 0 })
    await v1.table('secrets').put({ workspaceId: 'ws1', token: 'secret-token', keys: [], currentKeyId: 'k1' })
    v1.close()

    const v2 = new RelaisDatabase(name)
    await v2.open()
    expect(v2.verno).toBe(5)
    expect((await v2.outbox.toArray()).map((e) => e.mutationId)).toEqual([1, 2, 3])
    expect((await v2.secrets.get('ws1'))?.token).toBe('secret-token')
    // The new index answers.
    expect(await v2.items.where('[workspaceId+sortKey]').between(['ws1', Dexie.minKey], ['ws1', Dexie.maxKey]).count()).toBe(1)
    // Version 3's governance tables start empty and answer by their keys and indexes.
    await v2.events.put({ workspaceId: 'ws1', id: 1, itemId: 'a', actorId: 'm', at: 1, kind: 'created' })
    await v2.playbooks.put({ workspaceId: 'ws1', category: 'Paie', text: 'x', updatedBy: 'm', updatedAt: 1, pendingMutationId: null })
    expect(await v2.events.where('itemId').equals('a').count()).toBe(1)
    expect((await v2.playbooks.get(['ws1', 'Paie']))?.text).toBe('x')
    // Version 4's attachment tables too.
    await v2.fileData.put({ fileId: 'f1', workspaceId: 'ws1', itemId: 'a', data: new Uint8Array([1, 2, 3]) })
    expect((await v2.fileData.where('itemId').equals('a').first())?.data).toEqual(new Uint8Array([1, 2, 3]))
    expect(await v2.uploads.where('workspaceId').equals('ws1').count()).toBe(0)
    // Version 5's capture-health records start empty.
    expect(await v2.captureHealth.count()).toBe(0)
    v2.close()
  })
})
