import { beforeAll, describe, expect, it } from 'vitest'
import type { MutationName } from '../../shared/schema/sync'
import { Device, type Op, type Session, createWorkspace, invite, op, sealed, state, uid } from './helpers'

/**
 * The rights matrix, from the API's point of view. Items are created by the executive Claire.
 * Actors: Claire (executive, creator), Paul (executive, not the creator), Sam (assistant).
 * "me" is the actor itself; "other" is Sam for the executives and Kim (assistant) for Sam.
 */
type ActorName = 'creator' | 'executive' | 'assistant'
type Assignment = 'me' | 'unassigned' | 'other'
type Outcome = 'ok' | 'forbidden' | 'not_found'

const MUTATIONS: Exclude<MutationName, 'createItem'>[] = ['updateItem', 'setStatus', 'addComment', 'deleteItem']

/** What the API must answer, written out case by case rather than computed like the worker does. */
function expected(actor: ActorName, m: MutationName, assignment: Assignment, confidential: boolean): Outcome {
  if (actor === 'creator') return 'ok'
  // A confidential item reaches only its creator and its assignee; to anyone else it does not exist.
  if (confidential && assignment !== 'me') return 'not_found'
  if (actor === 'executive') return 'ok'
  if (m === 'updateItem' || m === 'deleteItem') return 'forbidden'
  return assignment === 'other' ? 'forbidden' : 'ok'
}

const ROWS: [ActorName, Exclude<MutationName, 'createItem'>, Assignment, boolean][] = []
for (const actor of ['creator', 'executive', 'assistant'] as const) {
  for (const m of MUTATIONS) {
    for (const assignment of ['me', 'unassigned', 'other'] as const) {
      for (const confidential of [false, true]) ROWS.push([actor, m, assignment, confidential])
    }
  }
}

describe('rights matrix: role × mutation × assignment × confidentiality', () => {
  let claire: Session, paul: Session, sam: Session, kim: Session
  let creatorDevice: Device
  const devices = {} as Record<ActorName, Device>

  function assigneeFor(actor: ActorName, assignment: Assignment): string | null {
    if (assignment === 'unassigned') return null
    const me = { creator: claire, executive: paul, assistant: sam }[actor].member.id
    const other = actor === 'assistant' ? kim.member.id : sam.member.id
    return assignment === 'me' ? me : other
  }

  function mutationOf(m: MutationName, id: string): Op {
    switch (m) {
      case 'updateItem':
        return op.update(id, { sealed: sealed('rewritten'), meta: { priority: 'urgent' } })
      case 'setStatus':
        return op.status(id, 'in_progress')
      case 'addComment':
        return op.comment(id, `c-${id}`)
      case 'deleteItem':
        return op.remove(id)
      case 'createItem':
        return op.create(id)
      case 'setPlaybook':
        throw new Error('playbooks are not item mutations')
    }
  }

  /**
   * The whole matrix in a handful of requests: Claire creates one item per row, each actor
   * pushes its rows' mutations in one push, and Claire pulls once. Each row is then checked on
   * its own below, so a failure still names its row.
   */
  type Result = { rejected: string | null; item: any; comments: any[] }
  const results = new Map<number, Result>()

  beforeAll(async () => {
    claire = await createWorkspace('Acme', 'Claire')
    paul = await invite(claire.token, 'executive', 'Paul')
    sam = await invite(claire.token, 'assistant', 'Sam')
    kim = await invite(claire.token, 'assistant', 'Kim')
    creatorDevice = new Device(claire.token)
    devices.creator = creatorDevice
    devices.executive = new Device(paul.token)
    devices.assistant = new Device(sam.token)

    const ids = ROWS.map(() => uid('item'))
    const creates = ROWS.map(([actor, , assignment, confidential], i) =>
      op.create(ids[i]!, { assigneeId: assigneeFor(actor, assignment), confidential }),
    )
    expect(await creatorDevice.ok(...creates)).toEqual([])
    const rejectedByRow = new Map<number, string>()
    for (const actor of ['creator', 'executive', 'assistant'] as const) {
      const rows = ROWS.map((row, i) => ({ row, i })).filter(({ row }) => row[0] === actor)
      const d = devices[actor]
      const first = d.next
      const r = await d.push(...rows.map(({ row: [, m], i }) => mutationOf(m, ids[i]!)))
      expect(r.status).toBe(200)
      expect(r.json.lastMutationId).toBe(first + rows.length - 1)
      for (const { id, code } of r.json.rejected as { id: number; code: string }[]) rejectedByRow.set(rows[id - first]!.i, code)
    }
    const s = await state(claire.token)
    ROWS.forEach((_row, i) => {
      results.set(i, {
        rejected: rejectedByRow.get(i) ?? null,
        item: s.items.find((it) => it.id === ids[i]),
        comments: s.comments.filter((c) => c.itemId === ids[i]),
      })
    })
    // Nine requests and some 170 mutations: room for a machine whose cores are busy elsewhere.
  }, 60_000)

  it.each(ROWS.map((row, i) => [...row, i] as const))(
    '%s %s on an item assigned to %s (confidential: %s)',
    (actor, m, assignment, confidential, i) => {
      const outcome = expected(actor, m, assignment, confidential)
      const { rejected, item, comments } = results.get(i)!
      expect(rejected).toBe(outcome === 'ok' ? null : outcome)

      // The effect is there exactly when the mutation was allowed.
      const applied = outcome === 'ok'
      if (m === 'deleteItem') expect(item === undefined).toBe(applied)
      else expect(item).toBeDefined()
      if (m === 'updateItem') expect(item.meta.priority).toBe(applied ? 'urgent' : 'normal')
      if (m === 'setStatus') expect(item.status).toBe(applied ? 'in_progress' : 'new')
      if (m === 'addComment') expect(comments.length).toBe(applied ? 1 : 0)
    },
  )

  it.each([
    ['creator', null],
    ['executive', null],
    ['assistant', 'forbidden'],
  ] as const)('createItem by the %s → %s', async (actor, code) => {
    for (const confidential of [false, true]) {
      const d = devices[actor]
      const r = await d.push(op.create(uid('item'), { confidential }))
      expect(r.json.rejected).toEqual(code ? [{ id: r.json.lastMutationId, code }] : [])
    }
  })

  it('an assistant who starts on an unassigned item takes it', async () => {
    const id = uid('item')
    await creatorDevice.ok(op.create(id))
    expect(await devices.assistant.ok(op.status(id, 'acknowledged'))).toEqual([])
    const item = (await state(claire.token)).items.find((i) => i.id === id)
    expect(item.meta.assigneeId).toBe(sam.member.id)
    // Kim now sees it as someone else's: she may not move it.
    const r = await new Device(kim.token).push(op.status(id, 'in_progress'))
    expect(r.json.rejected).toEqual([{ id: 1, code: 'forbidden' }])
  })

  it('an assistant who cancels an unassigned item does not take it', async () => {
    const id = uid('item')
    await creatorDevice.ok(op.create(id))
    await devices.assistant.ok(op.status(id, 'cancelled'))
    const item = (await state(claire.token)).items.find((i) => i.id === id)
    expect(item).toMatchObject({ status: 'cancelled', meta: { assigneeId: null } })
  })

  it('an executive who moves an unassigned item does not take it', async () => {
    const id = uid('item')
    await creatorDevice.ok(op.create(id))
    await devices.executive.ok(op.status(id, 'done'))
    expect((await state(claire.token)).items.find((i) => i.id === id).meta.assigneeId).toBeNull()
  })

  it('an assistant cannot reassign, even to itself, nor unmark confidentiality', async () => {
    const id = uid('item')
    await creatorDevice.ok(op.create(id, { assigneeId: sam.member.id, confidential: true }))
    const rejected = await devices.assistant.ok(
      op.update(id, { meta: { assigneeId: kim.member.id } }),
      op.update(id, { meta: { confidential: false } }),
    )
    expect(rejected.map((r) => r.code)).toEqual(['forbidden', 'forbidden'])
    expect((await state(claire.token)).items.find((i) => i.id === id).meta).toMatchObject({ assigneeId: sam.member.id, confidential: true })
  })
})
