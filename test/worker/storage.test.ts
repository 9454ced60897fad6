import { runInDurableObject } from 'cloudflare:test'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { Device, call, createWorkspace, dumpCells, invite, op, sealed, stubOf, uid } from './helpers'

/** The worker never needs item content: it may sit in `sealed` columns and nowhere else. */
const SEALED_COLUMNS = new Set(['items.sealed', 'comments.sealed'])

const cellsOf = (workspaceId: string) => runInDurableObject(stubOf(workspaceId), (_i, state) => dumpCells(state.storage.sql))

afterEach(() => {
  vi.restoreAllMocks()
})

describe('what the worker stores', () => {
  it('keeps item and comment content only in the sealed columns', async () => {
    const exec = await createWorkspace()
    const d = new Device(exec.token)
    const id = uid('item')
    const item = sealed('CANARY-item-content-91c2')
    const note = sealed('CANARY-comment-content-5e7d')
    const edit = sealed('CANARY-edited-content-0aa4')
    await d.ok(op.create(id, { category: 'travel' }, 'CANARY-item-content-91c2'), op.comment(id, uid('c'), 'CANARY-comment-content-5e7d'))
    await d.ok(op.update(id, { sealed: edit }))
    const cells = await cellsOf(exec.workspace.id)
    expect(cells.length).toBeGreaterThan(20)
    for (const canary of [edit, note]) {
      const where = cells.filter((c) => c.value.includes(canary)).map((c) => c.where)
      expect(where.length).toBe(1)
      expect(SEALED_COLUMNS.has(where[0]!)).toBe(true)
    }
    // The content before the edit is gone, not kept in some history table.
    expect(cells.some((c) => c.value.includes(item))).toBe(false)
  })

  it('erases content on delete, keeping a contentless tombstone', async () => {
    const exec = await createWorkspace()
    const d = new Device(exec.token)
    const id = uid('item')
    await d.ok(op.create(id, {}, 'CANARY-deleted-3f1b'), op.comment(id, uid('c'), 'CANARY-deleted-comment-3f1b'))
    await d.ok(op.remove(id))
    const cells = await cellsOf(exec.workspace.id)
    expect(
      cells.some((c) => c.value.includes(sealed('CANARY-deleted-3f1b')) || c.value.includes(sealed('CANARY-deleted-comment-3f1b'))),
    ).toBe(false)
    expect(cells.find((c) => c.where === 'items.id' && c.value === id)).toBeDefined()
  })

  it('stores tokens and invite codes only as hashes', async () => {
    const exec = await createWorkspace()
    const inv = await call('POST', '/v1/invites', { token: exec.token, body: { role: 'assistant' } })
    const sam = await invite(exec.token)
    const cells = await cellsOf(exec.workspace.id)
    for (const secret of [exec.token.split('.')[2]!, sam.token.split('.')[2]!, inv.json.code.split('.')[1]!]) {
      expect(cells.filter((c) => c.value.includes(secret))).toEqual([])
    }
  })

  it('logs neither content nor tokens, even when a request fails inside the object', async () => {
    const logged: string[] = []
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        logged.push(args.map((a) => (a instanceof Error ? `${a.message} ${a.stack}` : String(a))).join(' '))
      })
    }
    const exec = await createWorkspace()
    const d = new Device(exec.token)
    const id = uid('item')
    const canary = 'CANARY-logged-8d2e'
    await d.ok(op.create(id, {}, canary))
    // Break the object's store so that the next write throws with the content in hand.
    await runInDurableObject(stubOf(exec.workspace.id), (instance) => {
      const store = (instance as unknown as { store: { putComment: (...a: unknown[]) => void } }).store
      store.putComment = () => {
        throw new Error('disk on fire')
      }
    })
    const r = await d.push(op.comment(id, uid('c'), canary))
    expect(r.status).toBe(500)
    expect(r.text).not.toContain(sealed(canary))
    const all = logged.join('\n')
    expect(all).toContain('unhandled error')
    expect(all).not.toContain(sealed(canary))
    expect(all).not.toContain(exec.token.split('.')[2]!)
  })
})

describe('workspaces that do not exist', () => {
  it('get no storage from requests aimed at them', async () => {
    const ghost = 'GhostWorkspace0000000A'
    const token = `${ghost}.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`
    expect((await call('GET', '/v1/workspace', { token })).status).toBe(401)
    expect((await call('GET', '/v1/sync/pull', { token })).status).toBe(401)
    const accept = await call('POST', '/v1/invites/accept', {
      body: { code: `${ghost}.AAAAAAAAAAAAAAAAAAAAAA`, displayName: 'X' },
      headers: { 'cf-connecting-ip': uid('ip') },
    })
    expect(accept.status).toBe(404)
    // Anyone can aim at any id: each such object must stay empty, or probing would cost storage.
    const tables = await runInDurableObject(stubOf(ghost), (_i, state) =>
      state.storage.sql.exec("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '_cf_%'").toArray(),
    )
    expect(tables).toEqual([])
  })
})
