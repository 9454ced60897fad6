import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { fakeBrowser } from 'wxt/testing/fake-browser'
import { setDatabase, type RelaisDatabase } from '../../../extension/db/database'
import { addComment, createItem, deleteItem, setStatus, updateItem } from '../../../extension/sync/outbox'
import { syncWorkspace } from '../../../extension/sync/engine'
import { FakeServer } from './fake-server'
import { seedWorkspace } from './seed-workspace'

const content = (title: string) => ({ title, note: 'note', source: { kind: 'manual' as const } })
const meta = { priority: 'normal' as const, dueAt: null, assigneeId: null, category: null, confidential: false }

let database: RelaisDatabase
let server: FakeServer

beforeEach(async () => {
  fakeBrowser.reset()
  database = await seedWorkspace()
  server = new FakeServer()
})
afterEach(() => {
  database.close()
  setDatabase(null)
})

describe('sync engine', () => {
  it('pushes the outbox in order, sealed, and empties it once acknowledged', async () => {
    const a = await createItem('ws1', content('Payer la facture EDF'), meta)
    await setStatus('ws1', a, 'acknowledged')
    await addComment('ws1', a, 'Fait par virement')
    expect(await database.outbox.count()).toBe(3)

    const outcome = await syncWorkspace('ws1', server.transport())
    expect(outcome.state).toBe('synced')
    expect(await database.outbox.count()).toBe(0)
    expect(server.pushes[0]!.mutations.map((m) => [m.id, m.name])).toEqual([
      [1, 'createItem'],
      [2, 'setStatus'],
      [3, 'addComment'],
    ])
    // The server never sees the title in the clear.
    expect(JSON.stringify(server.pushes)).not.toContain('EDF')
    const item = await database.items.get(a)
    expect(item?.content?.title).toBe('Payer la facture EDF')
    expect(item?.status).toBe('acknowledged')
    expect(item?.pending).toBe(0)
    expect((await database.comments.where('itemId').equals(a).first())?.text).toBe('Fait par virement')
  })

  it('keeps everything while offline and sends it once back online', async () => {
    const id = await createItem('ws1', content('Relancer le client'), meta)
    server.offline = true
    const offline = await syncWorkspace('ws1', server.transport())
    expect(offline.state).toBe('offline')
    expect(await database.outbox.count()).toBe(1)
    expect((await database.syncStatus.get('ws1'))?.pending).toBe(1)
    server.offline = false
    expect((await syncWorkspace('ws1', server.transport())).state).toBe('synced')
    expect(server.items.has(id)).toBe(true)
    expect(server.items.size).toBe(1)
  })

  it('applies a replayed push once when the acknowledgement was lost', async () => {
    const id = await createItem('ws1', content('Déclarer la TVA'), meta)
    server.loseNextAck = true
    expect((await syncWorkspace('ws1', server.transport())).state).toBe('offline')
    expect(server.lmids.get('client-1')).toBe(1)
    await setStatus('ws1', id, 'in_progress')
    expect((await syncWorkspace('ws1', server.transport())).state).toBe('synced')
    expect(server.items.size).toBe(1)
    expect(server.items.get(id)?.status).toBe('in_progress')
    expect(server.lmids.get('client-1')).toBe(2)
  })

  it('drops entries the server already has when it reports a gap ahead', async () => {
    await createItem('ws1', content('A'), meta)
    await createItem('ws1', content('B'), meta)
    server.lmids.set('client-1', 1)
    await syncWorkspace('ws1', server.transport())
    // Mutation 1 was skipped as a replay; 2 applied.
    expect(server.items.size).toBe(1)
    expect(await database.outbox.count()).toBe(0)
  })

  it('rolls back a change the server rejected, and keeps going with the next', async () => {
    const id = await createItem('ws1', content('Original'), meta)
    await syncWorkspace('ws1', server.transport())
    await updateItem('ws1', id, { content: content('Refused edit') })
    await setStatus('ws1', id, 'done')
    server.refuse.add(2)
    await syncWorkspace('ws1', server.transport())
    const item = await database.items.get(id)
    expect(item?.content?.title).toBe('Original')
    expect(item?.status).toBe('done')
  })

  it('re-applies pending changes over a pull, and rebuilds from a reset', async () => {
    const id = await createItem('ws1', content('Kbis à commander'), meta)
    await syncWorkspace('ws1', server.transport())
    server.offline = true
    await setStatus('ws1', id, 'waiting')
    server.offline = false
    // Another device changed priority meanwhile; a new epoch forces a reset.
    const it = server.items.get(id)!
    server.items.set(id, { ...it, meta: { ...it.meta, priority: 'urgent' }, version: ++server.version })
    server.epoch = 'e2'
    server.offline = true
    await syncWorkspace('ws1', server.transport())
    server.offline = false
    await syncWorkspace('ws1', server.transport())
    const item = await database.items.get(id)
    expect(item?.meta.priority).toBe('urgent')
    expect(item?.status).toBe('waiting')
    expect((await database.workspaces.get('ws1'))?.cursor).toMatch(/^e2\./)
  })

  it('removes tombstoned items and their comments', async () => {
    const id = await createItem('ws1', content('Doublon'), meta)
    await addComment('ws1', id, 'x')
    await syncWorkspace('ws1', server.transport())
    await deleteItem('ws1', id)
    await syncWorkspace('ws1', server.transport())
    expect(await database.items.get(id)).toBeUndefined()
    expect(await database.comments.where('itemId').equals(id).count()).toBe(0)
  })

  it('reports a server error with its reason and keeps the outbox', async () => {
    await createItem('ws1', content('X'), meta)
    const transport = server.transport()
    transport.push = async () => ({ ok: false, kind: 'http', status: 400, code: 'invalid_request', message: 'mutations.0.args: bad' })
    const outcome = await syncWorkspace('ws1', transport)
    expect(outcome).toMatchObject({ state: 'error' })
    expect((await database.syncStatus.get('ws1'))?.message).toContain('invalid_request')
    expect(await database.outbox.count()).toBe(1)
  })

  it('says revoked on a 401, for the scheduler to wipe', async () => {
    const transport = server.transport()
    transport.pull = async () => ({ ok: false, kind: 'http', status: 401, code: 'unauthorized', message: 'revoked' })
    expect((await syncWorkspace('ws1', transport)).state).toBe('revoked')
  })
})
