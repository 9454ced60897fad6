import { runInDurableObject } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { pull as pullPage } from '../../worker/src/workspace/pull'
import type { WorkspaceObject } from '../../worker/src/workspace/object'
import type { WorkspaceStore } from '../../worker/src/workspace/store'
import { Device, call, createWorkspace, invite, op, pull, sealed, state, stubOf, team, uid } from './helpers'

describe('GET /v1/sync/pull', () => {
  it('without a cursor: everything, reset true, with members and a cursor', async () => {
    const { exec, assistant } = await team()
    const d = new Device(exec.token)
    const id = uid('item'),
      cid = uid('c')
    const t0 = Date.now()
    await d.ok(
      op.create(id, { priority: 'high', category: 'travel', dueAt: 1_900_000_000_000 }, 'book the train'),
      op.comment(id, cid, 'window seat'),
    )
    const r = await pull(assistant.token)
    expect(r.status).toBe(200)
    expect(r.json.reset).toBe(true)
    expect(r.json.more).toBe(false)
    expect(r.json.cursor).toEqual(expect.any(String))
    expect(r.json.members).toEqual([
      { id: exec.member.id, role: 'executive', displayName: 'Claire (CEO)', revoked: false },
      { id: assistant.member.id, role: 'assistant', displayName: 'Sam', revoked: false },
    ])
    expect(r.json.items).toHaveLength(1)
    const item = r.json.items[0]
    expect(item).toEqual({
      id,
      sealed: sealed('book the train'),
      meta: { priority: 'high', dueAt: 1_900_000_000_000, assigneeId: null, category: 'travel', confidential: false },
      status: 'new',
      createdBy: exec.member.id,
      createdAt: expect.any(Number),
      updatedAt: expect.any(Number),
      statusTimes: { new: item.createdAt },
      deleted: false,
    })
    expect(item.createdAt).toBeGreaterThanOrEqual(t0)
    expect(r.json.comments).toEqual([
      { id: cid, itemId: id, sealed: sealed('window seat'), authorId: exec.member.id, createdAt: expect.any(Number) },
    ])
    expect(r.json.lastMutationIds).toEqual({})
  })

  it('with a cursor: only what changed since, and reset false', async () => {
    const { exec } = await team()
    const d = new Device(exec.token)
    const a = uid('item'),
      b = uid('item')
    await d.ok(op.create(a), op.create(b))
    const first = await state(exec.token)
    const nothing = await pull(exec.token, first.cursor)
    expect(nothing.json).toMatchObject({ cursor: first.cursor, items: [], comments: [], reset: false, more: false })
    await d.ok(op.status(b, 'acknowledged'))
    const r = await pull(exec.token, first.cursor)
    expect(r.json.reset).toBe(false)
    expect(r.json.items.map((i: any) => [i.id, i.status])).toEqual([[b, 'acknowledged']])
    expect(r.json.cursor).not.toBe(first.cursor)
    expect(r.json.lastMutationIds).toEqual({ [d.clientId]: 3 })
  })

  it('gives the same answer for the same cursor twice', async () => {
    const { exec } = await team()
    const d = new Device(exec.token)
    const a = uid('item')
    await d.ok(op.create(a))
    const c0 = (await state(exec.token)).cursor
    await d.ok(op.create(uid('item')), op.comment(a, uid('c')), op.status(a, 'done'))
    const once = await pull(exec.token, c0)
    const twice = await pull(exec.token, c0)
    expect(twice.json).toEqual(once.json)
    expect(once.json.items).toHaveLength(2)
    expect(once.json.comments).toHaveLength(1)
  })

  it('never moves the cursor backwards', async () => {
    const { exec } = await team()
    const d = new Device(exec.token)
    let cursor = (await state(exec.token)).cursor
    for (let i = 0; i < 4; i++) {
      await d.ok(op.create(uid('item')))
      const next = (await pull(exec.token, cursor)).json.cursor
      expect(Number(next.split('.')[1])).toBeGreaterThan(Number(cursor.split('.')[1]))
      cursor = next
    }
  })

  it('sends a deletion as a tombstone, with the content erased', async () => {
    const { exec, assistant } = await team()
    const d = new Device(exec.token)
    const id = uid('item')
    await d.ok(op.create(id, {}, 'delete me'), op.comment(id, uid('c'), 'and me'))
    const c0 = (await state(assistant.token)).cursor
    await d.ok(op.remove(id))
    const r = await pull(assistant.token, c0)
    expect(r.json.items).toHaveLength(1)
    expect(r.json.items[0]).toMatchObject({ id, deleted: true, sealed: '' })
    expect(r.json.comments).toEqual([])
    // A client starting over never hears of it.
    const fresh = await state(assistant.token)
    expect(fresh.items.map((i) => i.id)).not.toContain(id)
    expect(fresh.comments).toEqual([])
  })

  it.each([
    ['garbage', 'not-a-cursor'],
    ['a future version', 'FUTURE'],
    ["another workspace's cursor", 'FOREIGN'],
    ['an old epoch', 'OLDEPOCH'],
    ['empty', ''],
  ])('answers %s with reset and the full state', async (_label, kind) => {
    const { exec } = await team()
    const other = await createWorkspace('Other')
    await new Device(other.token).ok(op.create(uid('item')))
    const d = new Device(exec.token)
    const a = uid('item'),
      b = uid('item')
    await d.ok(op.create(a), op.create(b), op.remove(b))
    const real = (await state(exec.token)).cursor
    const [epoch, version] = real.split('.')
    const cursor = {
      'not-a-cursor': 'not-a-cursor',
      FUTURE: `${epoch}.${Number(version) + 1000}`,
      FOREIGN: (await state(other.token)).cursor,
      OLDEPOCH: `zzzzzzzz.${version}`,
      '': '',
    }[kind]!
    const r = await pull(exec.token, cursor)
    expect(r.status).toBe(200)
    expect(r.json.reset).toBe(true)
    expect(r.json.items.map((i: any) => i.id)).toEqual([a])
    expect(r.json.cursor).toBe(real)
  })

  it('refuses an overlong cursor or an unknown parameter with 400 naming it', async () => {
    const { exec } = await team()
    const long = await call('GET', `/v1/sync/pull?cursor=${'x'.repeat(65)}`, { token: exec.token })
    expect(long.status).toBe(400)
    expect(long.json.error).toMatchObject({ code: 'invalid_request', field: 'cursor' })
    const extra = await call('GET', '/v1/sync/pull?since=1', { token: exec.token })
    expect(extra.status).toBe(400)
    expect(extra.json.error.field).toBe('since')
  })

  it('tells every member about new and revoked members', async () => {
    const { exec, assistant } = await team()
    const c0 = (await state(assistant.token)).cursor
    const kim = await invite(exec.token, 'assistant', 'Kim')
    const r1 = await pull(assistant.token, c0)
    expect(r1.json.members.map((m: any) => m.displayName)).toContain('Kim')
    await call('DELETE', `/v1/members/${kim.member.id}`, { token: exec.token })
    const r2 = await pull(assistant.token, r1.json.cursor)
    expect(r2.json.cursor).not.toBe(r1.json.cursor)
    expect(r2.json.members.find((m: any) => m.id === kim.member.id).revoked).toBe(true)
  })

  it('needs a token (401)', async () => {
    expect((await pull('')).status).toBe(401)
    expect((await pull('garbage.token.here')).status).toBe(401)
  })
})

describe('pull pages (small page size, through the Durable Object)', () => {
  it('splits a long history into pages marked `more`, losing and repeating nothing', async () => {
    const { exec } = await team()
    const d = new Device(exec.token)
    const ids = Array.from({ length: 7 }, () => uid('item'))
    await d.ok(...ids.map((id) => op.create(id)))
    await d.ok(op.comment(ids[0]!, uid('c')), op.comment(ids[6]!, uid('c')), op.remove(ids[3]!))
    const pages = await runInDurableObject(stubOf(exec.workspace.id), (instance: WorkspaceObject) => {
      const store = (instance as unknown as { store: WorkspaceStore }).store
      const actor = { id: exec.member.id, role: 'executive' as const }
      const epoch = store.get('epoch')!
      const out = []
      let cursor: string | undefined
      for (let i = 0; i < 10; i++) {
        const page = pullPage(store, actor, epoch, cursor, 2)
        out.push(page)
        cursor = page.cursor
        if (!page.more) break
      }
      return out
    })
    expect(pages.length).toBeGreaterThan(2)
    expect(pages.slice(0, -1).every((p) => p.more === true)).toBe(true)
    expect(pages.at(-1)!.more).toBe(false)
    expect(pages.every((p) => p.items.length <= 2)).toBe(true)
    // Later pages are diffs (reset false) and together they rebuild the full state.
    expect(pages.slice(1).every((p) => p.reset === false)).toBe(true)
    const seen = new Map<string, boolean>()
    for (const p of pages) for (const i of p.items) seen.set(i.id, i.deleted)
    const live = [...seen]
      .filter(([, deleted]) => !deleted)
      .map(([id]) => id)
      .sort()
    const full = await state(exec.token)
    expect(live).toEqual(full.items.map((i) => i.id).sort())
    expect(
      pages
        .flatMap((p) => p.comments)
        .map((c) => c.id)
        .sort(),
    ).toEqual(full.comments.map((c) => c.id).sort())
    expect(pages.at(-1)!.cursor).toBe(full.cursor)
  })
})
