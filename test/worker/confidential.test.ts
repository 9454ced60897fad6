import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Device, type LiveSocket, type Session, createWorkspace, invite, op, openLive, pull, sealed, state, uid } from './helpers'

/**
 * Claire (executive) clips confidential items. Only she and the item's assignee may ever see
 * them: in pulls, in comments and in pokes. Paul is another executive, Sam and Kim assistants.
 */
let claire: Session, paul: Session, sam: Session, kim: Session
let device: Device
const sockets: LiveSocket[] = []

beforeEach(async () => {
  claire = await createWorkspace('Acme', 'Claire')
  paul = await invite(claire.token, 'executive', 'Paul')
  sam = await invite(claire.token, 'assistant', 'Sam')
  kim = await invite(claire.token, 'assistant', 'Kim')
  device = new Device(claire.token)
})
afterEach(() => {
  for (const s of sockets.splice(0)) s.close()
})

const SECRET = 'CANARY-board-minutes-7f3a'

async function cursors() {
  return {
    claire: (await state(claire.token)).cursor,
    paul: (await state(paul.token)).cursor,
    sam: (await state(sam.token)).cursor,
    kim: (await state(kim.token)).cursor,
  }
}

async function sockets4() {
  const out = {} as Record<'claire' | 'paul' | 'sam' | 'kim', LiveSocket>
  for (const [name, s] of [
    ['claire', claire],
    ['paul', paul],
    ['sam', sam],
    ['kim', kim],
  ] as const) {
    const { live } = await openLive(s.token)
    sockets.push(live!)
    await live!.next(0)
    out[name] = live!
  }
  return out
}

describe('confidential items', () => {
  it('reach only the creator and the assignee, in full pulls and in diffs', async () => {
    const c0 = await cursors()
    const id = uid('item')
    await device.ok(
      op.create(id, { assigneeId: sam.member.id, confidential: true, category: 'hr' }, SECRET),
      op.comment(id, uid('c'), SECRET),
    )
    for (const [who, s] of [
      ['claire', claire],
      ['sam', sam],
    ] as const) {
      const full = await state(s.token)
      expect(full.items.map((i) => i.id)).toEqual([id])
      expect(full.comments).toHaveLength(1)
      expect((await pull(s.token, c0[who])).json.items).toHaveLength(1)
    }
    for (const [who, s] of [
      ['paul', paul],
      ['kim', kim],
    ] as const) {
      const full = await pull(s.token)
      const diff = await pull(s.token, c0[who])
      for (const r of [full, diff]) {
        expect(r.json.items).toEqual([])
        expect(r.json.comments).toEqual([])
        expect(r.text).not.toContain(sealed(SECRET))
        expect(r.text).not.toContain(id)
        expect(r.text).not.toContain('hr')
      }
    }
  })

  it('poke only the creator and the assignee', async () => {
    const s = await sockets4()
    await device.ok(op.create(uid('item'), { assigneeId: sam.member.id, confidential: true }))
    expect(await s.claire.next(1)).toMatchObject({ type: 'poke' })
    expect(await s.sam.next(1)).toMatchObject({ type: 'poke' })
    expect(await s.paul.next(1, 250)).toBeNull()
    expect(await s.kim.next(1, 250)).toBeNull()
    // An ordinary item pokes everyone.
    await device.ok(op.create(uid('item')))
    for (const name of ['paul', 'kim'] as const) expect(await s[name].next(1)).toMatchObject({ type: 'poke' })
  })

  it('poke nobody else when the assignee comments or moves the status', async () => {
    const id = uid('item')
    await device.ok(op.create(id, { assigneeId: sam.member.id, confidential: true }))
    const s = await sockets4()
    await new Device(sam.token).ok(op.comment(id, uid('c')), op.status(id, 'acknowledged'))
    expect(await s.claire.next(1)).toMatchObject({ type: 'poke' })
    expect(await s.paul.next(1, 250)).toBeNull()
    expect(await s.kim.next(1, 250)).toBeNull()
  })

  it('reassigned away: the former assignee gets a tombstone that reveals nothing new, the new one gets the item and its comments', async () => {
    const id = uid('item')
    const cid = uid('c')
    await device.ok(op.create(id, { assigneeId: sam.member.id, confidential: true }, SECRET), op.comment(id, cid, SECRET))
    const c0 = await cursors()
    const s = await sockets4()
    await device.ok(op.update(id, { meta: { assigneeId: kim.member.id, category: 'legal', priority: 'urgent', dueAt: 1_900_000_000_000 } }))

    const samDiff = await pull(sam.token, c0.sam)
    expect(samDiff.json.items).toHaveLength(1)
    const tomb = samDiff.json.items[0]
    expect(tomb).toMatchObject({ id, deleted: true, sealed: '' })
    // What changed after Sam lost sight of it stays hidden: new assignee, category, priority, due date.
    expect(tomb.meta.assigneeId).not.toBe(kim.member.id)
    expect(JSON.stringify(samDiff.json.items)).not.toContain('legal')
    expect(tomb.meta.priority).not.toBe('urgent')
    expect(tomb.meta.dueAt).toBeNull()
    expect(samDiff.json.comments).toEqual([])

    const kimDiff = await pull(kim.token, c0.kim)
    expect(kimDiff.json.items.map((i: any) => [i.id, i.deleted, i.sealed])).toEqual([[id, false, sealed(SECRET)]])
    expect(kimDiff.json.comments.map((c: any) => c.id)).toEqual([cid])

    expect((await pull(paul.token, c0.paul)).json.items).toEqual([])
    for (const name of ['claire', 'sam', 'kim'] as const) expect(await s[name].next(1)).toMatchObject({ type: 'poke' })
    expect(await s.paul.next(1, 250)).toBeNull()

    // Sam may no longer act on it, and a fresh pull never mentions it.
    expect((await new Device(sam.token).push(op.comment(id, uid('c')))).json.rejected).toEqual([{ id: 1, code: 'not_found' }])
    expect((await state(sam.token)).items).toEqual([])
  })

  it('made confidential: everyone but creator and assignee gets a tombstone', async () => {
    const id = uid('item')
    await device.ok(op.create(id, { assigneeId: sam.member.id }, SECRET))
    const c0 = await cursors()
    await device.ok(op.update(id, { meta: { confidential: true } }))
    for (const [who, s] of [
      ['paul', paul],
      ['kim', kim],
    ] as const) {
      const diff = await pull(s.token, c0[who])
      expect(diff.json.items.map((i: any) => [i.id, i.deleted, i.sealed])).toEqual([[id, true, '']])
    }
    expect((await pull(sam.token, c0.sam)).json.items[0]).toMatchObject({ id, deleted: false, sealed: sealed(SECRET) })
  })

  it('made ordinary again: everyone gets the item and its comments back', async () => {
    const id = uid('item')
    const cid = uid('c')
    await device.ok(op.create(id, { confidential: true }, SECRET), op.comment(id, cid))
    const c0 = await cursors()
    await device.ok(op.update(id, { meta: { confidential: false } }))
    for (const [who, s] of [
      ['paul', paul],
      ['sam', sam],
      ['kim', kim],
    ] as const) {
      const diff = await pull(s.token, c0[who])
      expect(diff.json.items.map((i: any) => [i.id, i.deleted])).toEqual([[id, false]])
      expect(diff.json.comments.map((c: any) => c.id)).toEqual([cid])
    }
  })

  it('send no tombstone to members who never saw the item', async () => {
    const id = uid('item')
    const c0 = await cursors()
    await device.ok(
      op.create(id, { confidential: true }),
      op.update(id, { meta: { assigneeId: sam.member.id } }),
      op.update(id, { meta: { assigneeId: null } }),
      op.remove(id),
    )
    expect((await pull(kim.token, c0.kim)).json.items).toEqual([])
    expect((await pull(paul.token, c0.paul)).json.items).toEqual([])
    // Sam saw it while assigned: he is told it is gone.
    expect((await pull(sam.token, c0.sam)).json.items.map((i: any) => [i.id, i.deleted])).toEqual([[id, true]])
  })

  it('are invisible to another executive, who cannot act on them either', async () => {
    const id = uid('item')
    await device.ok(op.create(id, { confidential: true }))
    const rejected = await new Device(paul.token).ok(op.update(id, { meta: { confidential: false } }), op.remove(id), op.create(id))
    // Even createItem with the same id says nothing more than "already exists".
    expect(rejected.map((r) => r.code)).toEqual(['not_found', 'not_found', 'already_exists'])
    expect((await state(claire.token)).items.find((i) => i.id === id)).toMatchObject({ meta: { confidential: true }, deleted: false })
  })
})
