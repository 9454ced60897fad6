import { describe, expect, it } from 'vitest'
import { PROTOCOL_VERSION } from '../../shared/protocol-version'
import { Device, type Op, call, createWorkspace, invite, op, pull, push, sealed, state, team, uid } from './helpers'

describe('POST /v1/sync/push', () => {
  it('applies mutations in order within one push and returns the last id', async () => {
    const { exec } = await team()
    const d = new Device(exec.token)
    const id = uid('item')
    const r = await d.push(op.create(id), op.status(id, 'acknowledged'), op.comment(id, uid('c')), op.status(id, 'done'))
    expect(r.status).toBe(200)
    expect(r.json).toEqual({ lastMutationId: 4, rejected: [] })
    const s = await state(exec.token)
    const item = s.items.find((i) => i.id === id)
    expect(item.status).toBe('done')
    expect(Object.keys(item.statusTimes).sort()).toEqual(['acknowledged', 'done', 'new'])
    expect(s.comments.filter((c) => c.itemId === id)).toHaveLength(1)
    expect(s.lastMutationIds[d.clientId]).toBe(4)
  })

  it('answers an empty push with the current last id', async () => {
    const { exec } = await team()
    const d = new Device(exec.token)
    expect((await push(exec.token, d.clientId, [])).json).toEqual({ lastMutationId: 0, rejected: [] })
    await d.ok(op.create(uid('item')))
    expect((await push(exec.token, d.clientId, [])).json).toEqual({ lastMutationId: 1, rejected: [] })
  })

  it('skips a replayed push: no duplicate, no second effect, same last id', async () => {
    const { exec } = await team()
    const d = new Device(exec.token)
    const id = uid('item')
    const batch = d.numbered([op.create(id), op.comment(id, uid('c')), op.status(id, 'in_progress')])
    expect((await push(exec.token, d.clientId, batch)).json.lastMutationId).toBe(3)
    const before = await state(exec.token)
    const again = await push(exec.token, d.clientId, batch)
    expect(again.status).toBe(200)
    expect(again.json).toEqual({ lastMutationId: 3, rejected: [] })
    const after = await state(exec.token)
    // Nothing moved: same cursor, same rows (a second createItem would have been "already_exists").
    expect(after.cursor).toBe(before.cursor)
    expect(after.items).toEqual(before.items)
    expect(after.comments).toEqual(before.comments)
  })

  it('applies only the new tail of a push that overlaps what was applied', async () => {
    const { exec } = await team()
    const d = new Device(exec.token)
    const a = uid('item'),
      b = uid('item')
    const first = d.numbered([op.create(a)])
    await push(exec.token, d.clientId, first)
    const second = d.numbered([op.create(b)])
    const r = await push(exec.token, d.clientId, [...first, ...second])
    expect(r.json).toEqual({ lastMutationId: 2, rejected: [] })
    const ids = (await state(exec.token)).items.map((i) => i.id)
    expect(ids.filter((x) => x === a)).toHaveLength(1)
    expect(ids).toContain(b)
  })

  it('refuses a gap with 409 mutation_gap and the expected id, applying nothing', async () => {
    const { exec } = await team()
    const d = new Device(exec.token)
    await d.ok(op.create(uid('item')), op.create(uid('item')))
    const before = await state(exec.token)
    const r = await push(exec.token, d.clientId, [{ ...op.create(uid('item')), id: 5 }])
    expect(r.status).toBe(409)
    expect(r.json.error.code).toBe('mutation_gap')
    expect(r.json.expected).toBe(3)
    expect((await state(exec.token)).cursor).toBe(before.cursor)
  })

  it('refuses a first push that does not start at 1', async () => {
    const { exec } = await team()
    const r = await push(exec.token, uid('client'), [{ ...op.create(uid('item')), id: 2 }])
    expect(r.status).toBe(409)
    expect(r.json.expected).toBe(1)
  })

  it('refuses a gap inside a push, and `expected` is what the server really expects', async () => {
    const { exec } = await team()
    const d = new Device(exec.token)
    const a = uid('item'),
      b = uid('item'),
      c = uid('item')
    // 1 and 2 are fine, 4 skips 3: nothing is applied, so the server still expects 1.
    const r = await push(exec.token, d.clientId, [
      { ...op.create(a), id: 1 },
      { ...op.create(b), id: 2 },
      { ...op.create(c), id: 4 },
    ])
    expect(r.status).toBe(409)
    expect(r.json.expected).toBe(1)
    const s = await state(exec.token)
    expect(s.items.map((i) => i.id)).not.toContain(a)
    expect(s.lastMutationIds[d.clientId]).toBeUndefined()
  })

  it('refuses mutations out of order within a push', async () => {
    const { exec } = await team()
    const a = uid('item'),
      b = uid('item')
    const r = await push(exec.token, uid('client'), [
      { ...op.create(a), id: 2 },
      { ...op.create(b), id: 1 },
    ])
    expect(r.status).toBe(409)
    expect(r.json.expected).toBe(1)
  })

  it('treats a repeated id inside one push as a replay of the first', async () => {
    const { exec } = await team()
    const clientId = uid('client')
    const a = uid('item'),
      b = uid('item')
    const r = await push(exec.token, clientId, [
      { ...op.create(a), id: 1 },
      { ...op.create(b), id: 1 },
      { ...op.status(a, 'done'), id: 2 },
    ])
    expect(r.status).toBe(200)
    expect(r.json).toEqual({ lastMutationId: 2, rejected: [] })
    const s = await state(exec.token)
    expect(s.items.map((i) => i.id)).toContain(a)
    expect(s.items.map((i) => i.id)).not.toContain(b)
  })

  it('records a forbidden mutation as processed, lists it, and applies the ones after it', async () => {
    const { exec, assistant } = await team()
    const id = uid('item')
    await new Device(exec.token).ok(op.create(id))
    const d = new Device(assistant.token)
    const r = await d.push(
      op.update(id, { sealed: sealed('rewritten') }),
      op.status(id, 'acknowledged'),
      op.create(uid('item')),
      op.comment(id, uid('c')),
    )
    expect(r.status).toBe(200)
    expect(r.json).toEqual({
      lastMutationId: 4,
      rejected: [
        { id: 1, code: 'forbidden' },
        { id: 3, code: 'forbidden' },
      ],
    })
    const s = await state(exec.token)
    const item = s.items.find((i) => i.id === id)
    expect(item.sealed).toBe(sealed('a clipped mail'))
    expect(item.status).toBe('acknowledged')
    expect(s.comments.filter((c) => c.itemId === id)).toHaveLength(1)
    // The rejected mutation is never retried: replaying it is a no-op.
    expect((await push(assistant.token, d.clientId, [{ ...op.update(id, { sealed: sealed('x') }), id: 1 }])).json).toEqual({
      lastMutationId: 4,
      rejected: [],
    })
  })

  type Ctx = { id: string; cid: string }
  it.each<[string, (x: Ctx) => Op, string]>([
    ['an item id already taken', (x) => op.create(x.id), 'already_exists'],
    ['an unknown item', () => op.status(uid('ghost'), 'done'), 'not_found'],
    ['an illegal status move', (x) => op.status(x.id, 'new'), 'illegal_transition'],
    ['an assignee who is not a member', (x) => op.update(x.id, { meta: { assigneeId: 'stranger' } }), 'invalid_assignee'],
    ['a comment id already taken', (x) => op.comment(x.id, x.cid), 'already_exists'],
    ['a comment on an unknown item', () => op.comment(uid('ghost'), uid('c')), 'not_found'],
  ])('rejects %s with its code', async (_label, bad, code) => {
    const { exec } = await team()
    const d = new Device(exec.token)
    const x = { id: uid('item'), cid: uid('c') }
    await d.ok(op.create(x.id), op.comment(x.id, x.cid))
    const r = await d.push(bad(x))
    expect(r.json).toEqual({ lastMutationId: 3, rejected: [{ id: 3, code }] })
  })

  it('rejects everything about a deleted item', async () => {
    const { exec } = await team()
    const d = new Device(exec.token)
    const id = uid('item')
    await d.ok(op.create(id), op.remove(id))
    expect(
      await d.ok(
        op.status(id, 'done'),
        op.update(id, { meta: { priority: 'high' } }),
        op.comment(id, uid('c')),
        op.remove(id),
        op.create(id),
      ),
    ).toEqual([
      { id: 3, code: 'not_found' },
      { id: 4, code: 'not_found' },
      { id: 5, code: 'not_found' },
      { id: 6, code: 'not_found' },
      { id: 7, code: 'already_exists' },
    ])
  })

  it('refuses assigning to a revoked member', async () => {
    const { exec, assistant } = await team()
    const d = new Device(exec.token)
    const id = uid('item')
    await d.ok(op.create(id))
    await call('DELETE', `/v1/members/${assistant.member.id}`, { token: exec.token })
    expect(
      await d.ok(op.update(id, { meta: { assigneeId: assistant.member.id } }), op.create(uid('item'), { assigneeId: assistant.member.id })),
    ).toEqual([
      { id: 2, code: 'invalid_assignee' },
      { id: 3, code: 'invalid_assignee' },
    ])
  })

  it("keeps each client's count separate, and reports only the caller's clients", async () => {
    const { exec, assistant } = await team()
    const laptop = new Device(exec.token),
      phone = new Device(exec.token),
      samsPc = new Device(assistant.token)
    await laptop.ok(op.create(uid('item')), op.create(uid('item')))
    await phone.ok(op.create(uid('item')))
    await samsPc.ok(op.status(uid('ghost'), 'done'))
    expect((await state(exec.token)).lastMutationIds).toEqual({ [laptop.clientId]: 2, [phone.clientId]: 1 })
    expect((await state(assistant.token)).lastMutationIds).toEqual({ [samsPc.clientId]: 1 })
  })

  it('refuses (403) a client id already used by another member, and changes nothing', async () => {
    const { exec, assistant } = await team()
    const d = new Device(exec.token)
    await d.ok(op.create(uid('item')))
    const before = await state(exec.token)
    const r = await push(assistant.token, d.clientId, [{ ...op.status(before.items[0].id, 'done'), id: 2 }])
    expect(r.status).toBe(403)
    expect(r.json.error.code).toBe('client_forbidden')
    const after = await state(exec.token)
    expect(after.cursor).toBe(before.cursor)
    expect(after.lastMutationIds[d.clientId]).toBe(1)
  })

  it('lets the same client id live in two workspaces independently', async () => {
    const a = await createWorkspace('A'),
      b = await createWorkspace('B')
    const clientId = uid('client')
    expect((await push(a.token, clientId, [{ ...op.create(uid('item')), id: 1 }])).status).toBe(200)
    expect((await push(b.token, clientId, [{ ...op.create(uid('item')), id: 1 }])).json.lastMutationId).toBe(1)
  })

  it.each([[0], [PROTOCOL_VERSION + 1]])('refuses protocol version %i with 400 naming the field', async (version) => {
    const { exec } = await team()
    const r = await push(exec.token, uid('client'), [], version)
    expect(r.status).toBe(400)
    expect(r.json.error).toMatchObject({ code: 'unsupported_protocol', field: 'protocolVersion' })
  })

  it('needs a token (401) and a member who can act', async () => {
    const r = await push('', uid('client'), [])
    expect(r.status).toBe(401)
    const exec = await createWorkspace()
    const sam = await invite(exec.token)
    await call('DELETE', `/v1/members/${sam.member.id}`, { token: exec.token })
    expect((await push(sam.token, uid('client'), [])).status).toBe(401)
  })

  it('keeps lastMutationId consistent with pull after many pushes', async () => {
    const { exec } = await team()
    const d = new Device(exec.token)
    for (let i = 0; i < 5; i++) await d.ok(op.create(uid('item')), op.create(uid('item')))
    const s = await pull(exec.token)
    expect(s.json.lastMutationIds[d.clientId]).toBe(10)
    expect(s.json.items).toHaveLength(10)
  })
})
