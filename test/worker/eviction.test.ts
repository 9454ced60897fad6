import { abortAllDurableObjects, runInDurableObject } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import type { WorkspaceObject } from '../../worker/src/workspace/object'
import type { WorkspaceStore } from '../../worker/src/workspace/store'
import { Device, type Op, createWorkspace, dumpCells, invite, op, openLive, pull, push, state, stubOf, uid } from './helpers'

/** The object's private store, reached from inside the object to plant a fault. */
const storeOf = (instance: WorkspaceObject) => (instance as unknown as { store: WorkspaceStore }).store

/** Makes the n-th call (1-based) of a store method throw, as a crash inside the transaction would. */
async function failOnCall(workspaceId: string, method: 'putItem' | 'putComment' | 'setLastMutationId', n: number) {
  await runInDurableObject(stubOf(workspaceId), (instance: WorkspaceObject) => {
    const store = storeOf(instance)
    const original = store[method].bind(store) as (...args: unknown[]) => void
    let calls = 0
    ;(store as any)[method] = (...args: unknown[]) => {
      calls++
      if (calls === n) throw new Error('planted fault')
      return original(...args)
    }
  })
}

/** Makes the object abort itself (as an eviction or a crash would) on the n-th item write. */
async function abortOnPutItem(workspaceId: string, n: number) {
  await runInDurableObject(stubOf(workspaceId), (instance: WorkspaceObject, state) => {
    const store = storeOf(instance)
    const original = store.putItem.bind(store)
    let calls = 0
    store.putItem = (item) => {
      calls++
      if (calls === n) state.abort('planted eviction')
      return original(item)
    }
  })
}

/** Counts of what is stored, straight from SQLite. */
async function counts(workspaceId: string) {
  return runInDurableObject(stubOf(workspaceId), (_i, state) => {
    const one = (q: string) => Number(state.storage.sql.exec(q).one().n)
    return {
      items: one('SELECT COUNT(*) AS n FROM items'),
      comments: one('SELECT COUNT(*) AS n FROM comments'),
      version: Number(state.storage.sql.exec("SELECT value FROM kv WHERE key = 'version'").one().value),
    }
  })
}

describe('the Durable Object evicted between pushes', () => {
  it('loses nothing and applies a replayed push no second time', async () => {
    const exec = await createWorkspace()
    const d = new Device(exec.token)
    const id = uid('item')
    const batch = d.numbered([op.create(id), op.comment(id, uid('c')), op.status(id, 'acknowledged')])
    expect((await push(exec.token, d.clientId, batch)).json.lastMutationId).toBe(3)
    const before = await state(exec.token)
    const stored = await counts(exec.workspace.id)

    await abortAllDurableObjects()

    // The client never saw the answer and sends the same push again.
    const replay = await push(exec.token, d.clientId, batch)
    expect(replay.status).toBe(200)
    expect(replay.json).toEqual({ lastMutationId: 3, rejected: [] })
    expect(await counts(exec.workspace.id)).toEqual(stored)
    const after = await state(exec.token)
    expect(after).toEqual(before)
    // And the next mutation carries on from there.
    expect((await d.push(op.status(id, 'done'))).json.lastMutationId).toBe(4)
  })

  it('keeps tokens, members, cursors and client ownership across evictions', async () => {
    const exec = await createWorkspace()
    const sam = await invite(exec.token)
    const d = new Device(exec.token)
    await d.ok(op.create(uid('item')))
    const cursor = (await state(sam.token)).cursor
    await abortAllDurableObjects()
    expect((await pull(sam.token, cursor)).json).toMatchObject({ reset: false, items: [] })
    expect((await push(sam.token, d.clientId, [])).status).toBe(403)
    await abortAllDurableObjects()
    expect((await state(exec.token)).members).toHaveLength(2)
  })

  it('survives an eviction after every push of a long session', async () => {
    const exec = await createWorkspace()
    const d = new Device(exec.token)
    const ids: string[] = []
    for (let i = 0; i < 6; i++) {
      const id = uid('item')
      ids.push(id)
      const batch = d.numbered([op.create(id), op.status(id, 'in_progress')])
      await push(exec.token, d.clientId, batch)
      await abortAllDurableObjects()
      // Every push is retried once after the eviction, as a client that lost the answer would.
      expect((await push(exec.token, d.clientId, batch)).json.lastMutationId).toBe(2 * (i + 1))
    }
    const s = await state(exec.token)
    expect(s.items.map((i) => i.id).sort()).toEqual(ids.sort())
    expect(s.items.every((i) => i.status === 'in_progress')).toBe(true)
    expect(s.lastMutationIds[d.clientId]).toBe(12)
  })
})

describe('the Durable Object failing during a push', () => {
  it('commits the mutations before the fault, none after, and the last id says exactly which', async () => {
    const exec = await createWorkspace()
    const d = new Device(exec.token)
    const ids = Array.from({ length: 5 }, () => uid('item'))
    const batch = d.numbered(ids.map((id) => op.create(id)))
    await failOnCall(exec.workspace.id, 'putItem', 3)
    const r = await push(exec.token, d.clientId, batch)
    expect(r.status).toBe(500)
    expect(r.json.error.code).toBe('internal_error')
    expect(r.text).not.toContain('planted fault')

    const s = await state(exec.token)
    expect(s.lastMutationIds[d.clientId]).toBe(2)
    expect(s.items.map((i) => i.id).sort()).toEqual(ids.slice(0, 2).sort())

    // A fresh object, and the client retries the whole push: 3–5 apply, 1–2 are skipped.
    await abortAllDurableObjects()
    expect((await push(exec.token, d.clientId, batch)).json).toEqual({ lastMutationId: 5, rejected: [] })
    const done = await state(exec.token)
    expect(done.items.map((i) => i.id).sort()).toEqual([...ids].sort())
    expect(await counts(exec.workspace.id)).toMatchObject({ items: 5 })
  })

  it('rolls back a mutation that fails halfway through its own writes', async () => {
    const exec = await createWorkspace()
    const d = new Device(exec.token)
    const id = uid('item')
    await d.ok(op.create(id))
    const before = await counts(exec.workspace.id)
    // addComment writes the comment, then touches the item: fail on that second write.
    await failOnCall(exec.workspace.id, 'putItem', 1)
    const batch = d.numbered([op.comment(id, uid('c'))])
    expect((await push(exec.token, d.clientId, batch)).status).toBe(500)
    expect(await counts(exec.workspace.id)).toEqual(before)
    expect((await state(exec.token)).lastMutationIds[d.clientId]).toBe(1)
    await abortAllDurableObjects()
    expect((await push(exec.token, d.clientId, batch)).json.lastMutationId).toBe(2)
    expect((await counts(exec.workspace.id)).comments).toBe(1)
  })

  it('rolls back the effects when recording the last id fails', async () => {
    const exec = await createWorkspace()
    const d = new Device(exec.token)
    await failOnCall(exec.workspace.id, 'setLastMutationId', 1)
    const batch = d.numbered([op.create(uid('item'))])
    expect((await push(exec.token, d.clientId, batch)).status).toBe(500)
    expect(await counts(exec.workspace.id)).toMatchObject({ items: 0 })
    await abortAllDurableObjects()
    expect((await push(exec.token, d.clientId, batch)).json.lastMutationId).toBe(1)
    expect(await counts(exec.workspace.id)).toMatchObject({ items: 1 })
  })

  it('still pokes for what was committed before the fault', async () => {
    const exec = await createWorkspace()
    const sam = await invite(exec.token)
    const { live } = await openLive(sam.token)
    await live!.next(0)
    const d = new Device(exec.token)
    await failOnCall(exec.workspace.id, 'putItem', 2)
    expect((await d.push(op.create(uid('item')), op.create(uid('item')))).status).toBe(500)
    const poke = await live!.next(1)
    expect(poke).toMatchObject({ type: 'poke' })
    expect(poke.cursor).toBe((await state(sam.token)).cursor)
    live!.close()
  })

  it.each([[1], [2], [17], [40]])('applies each mutation at most once when the object is reset at item write %i of a push', async (n) => {
    const exec = await createWorkspace()
    const d = new Device(exec.token)
    const ops: Op[] = []
    const ids: string[] = []
    for (let i = 0; i < 20; i++) {
      const id = uid('item')
      ids.push(id)
      ops.push(op.create(id), op.comment(id, uid('c')))
    }
    const batch = d.numbered(ops)
    await abortOnPutItem(exec.workspace.id, n)
    const r = await push(exec.token, d.clientId, batch).catch(() => null)
    expect(r?.status ?? 500).toBeGreaterThanOrEqual(500)

    const s = await state(exec.token)
    const lmid = s.lastMutationIds[d.clientId] ?? 0
    // The reset hit mutation n. Storage rolls back to its last durable point (the whole push,
    // in practice), so at most n - 1 are in, and the effects agree with the last id exactly.
    expect(lmid).toBeLessThanOrEqual(n - 1)
    // Mutation k creates item ⌈k/2⌉ or comments on it.
    expect(s.items.map((i) => i.id)).toEqual(ids.slice(0, Math.ceil(lmid / 2)))
    expect(s.comments).toHaveLength(Math.floor(lmid / 2))

    expect((await push(exec.token, d.clientId, batch)).json.lastMutationId).toBe(40)
    const all = await state(exec.token)
    expect(all.items.map((i) => i.id)).toEqual(ids)
    expect(all.comments).toHaveLength(20)
    const cells = await runInDurableObject(stubOf(exec.workspace.id), (_i, st) => dumpCells(st.storage.sql))
    expect(cells.filter((c) => c.where === 'items.id')).toHaveLength(20)
    expect(cells.filter((c) => c.where === 'comments.id')).toHaveLength(20)
  })

  it('loses nothing when an eviction races a push', async () => {
    const exec = await createWorkspace()
    const d = new Device(exec.token)
    const ids = Array.from({ length: 30 }, () => uid('item'))
    const batch = d.numbered(ids.map((id) => op.create(id)))
    const racing = push(exec.token, d.clientId, batch).catch(() => null)
    await abortAllDurableObjects()
    await racing
    const lmid = (await state(exec.token)).lastMutationIds[d.clientId] ?? 0
    expect((await state(exec.token)).items.map((i) => i.id)).toEqual(ids.slice(0, lmid))
    expect((await push(exec.token, d.clientId, batch)).json.lastMutationId).toBe(30)
    expect((await state(exec.token)).items.map((i) => i.id)).toEqual(ids)
  })
})
