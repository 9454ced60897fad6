// One item state machine, two appliers: for any sequence of mutations from any members, the
// device's optimistic view (extension/sync/apply-local.ts) must equal what the server stores
// (worker/src/workspace/apply-mutation.ts, on the real SQLite store inside workerd), and both
// must refuse the same changes. Both go through shared/items/transition.ts; this proves the
// glue around it on each side adds no rule of its own.
import { runInDurableObject } from 'cloudflare:test'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyLocal } from '../../extension/sync/apply-local'
import type { ItemRow as DeviceItem, LocalMutation } from '../../extension/db/types'
import type { Actor } from '../../shared/rights'
import { PRIORITIES, STATUSES, type Meta, type MetaPatch } from '../../shared/schema/item'
import type { ItemContent } from '../../shared/schema/content'
import type { Mutation } from '../../shared/schema/sync'
import { applyMutation } from '../../worker/src/workspace/apply-mutation'
import type { WorkspaceObject } from '../../worker/src/workspace/object'
import type { ItemRow as ServerItem } from '../../worker/src/workspace/rows'
import type { WorkspaceStore } from '../../worker/src/workspace/store'
import { invite, stubOf, team } from './helpers'

type Step =
  | { actor: number; kind: 'create'; item: number; meta: Meta; title: string }
  | { actor: number; kind: 'update'; item: number; meta: MetaPatch; title: string | undefined }
  | { actor: number; kind: 'status'; item: number; status: (typeof STATUSES)[number] }
  | { actor: number; kind: 'comment'; item: number }
  | { actor: number; kind: 'delete'; item: number }

const content = (title: string): ItemContent => ({ title, note: '', source: { kind: 'manual' } })
const sealedOf = (title: string) => `s-${title}`

/** The same change as the device records it and as it reaches the server. */
function both(step: Step, id: string, commentId: string): { local: LocalMutation; wire: Mutation } {
  switch (step.kind) {
    case 'create':
      return {
        local: { name: 'createItem', args: { item: { id, content: content(step.title), meta: step.meta } } },
        wire: { id: 1, name: 'createItem', args: { item: { id, sealed: sealedOf(step.title), meta: step.meta } } },
      }
    case 'update':
      return {
        local: { name: 'updateItem', args: { id, meta: step.meta, ...(step.title === undefined ? {} : { content: content(step.title) }) } },
        wire: {
          id: 1,
          name: 'updateItem',
          args: { id, meta: step.meta, ...(step.title === undefined ? {} : { sealed: sealedOf(step.title) }) },
        },
      }
    case 'status':
      return {
        local: { name: 'setStatus', args: { id, status: step.status } },
        wire: { id: 1, name: 'setStatus', args: { id, status: step.status } },
      }
    case 'comment':
      return {
        local: { name: 'addComment', args: { itemId: id, comment: { id: commentId, text: 'x' } } },
        wire: { id: 1, name: 'addComment', args: { itemId: id, comment: { id: commentId, sealed: 'c' } } },
      }
    case 'delete':
      return { local: { name: 'deleteItem', args: { id } }, wire: { id: 1, name: 'deleteItem', args: { id } } }
  }
}

/** What both sides must agree on; a tombstone only on being gone (the server erases its content). */
function comparable(item: DeviceItem | ServerItem | null | undefined) {
  if (!item) return null
  if (item.deleted === true || item.deleted === 1) return { deleted: true, id: item.id }
  const title = 'sealed' in item ? item.sealed.replace(/^s-/, '') : item.content?.title
  const { recurrence: _r, ...meta } = item.meta
  return {
    id: item.id,
    title,
    meta,
    status: item.status,
    statusTimes: item.statusTimes,
    createdBy: item.createdBy,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
  }
}

function steps(members: number, memberIds: string[]) {
  const assignee = fc.constantFrom<string | null>(null, ...memberIds)
  const meta: fc.Arbitrary<Meta> = fc.record({
    priority: fc.constantFrom(...PRIORITIES),
    dueAt: fc.option(fc.integer({ min: 0, max: 2e12 }), { nil: null }),
    assigneeId: assignee,
    category: fc.constantFrom(null, 'legal', 'travel'),
    confidential: fc.boolean(),
  })
  const patch: fc.Arbitrary<MetaPatch> = fc.record(
    {
      priority: fc.constantFrom(...PRIORITIES),
      assigneeId: assignee,
      category: fc.constantFrom(null, 'legal'),
      confidential: fc.boolean(),
    },
    { requiredKeys: [] },
  )
  const actor = fc.nat({ max: members - 1 })
  const item = fc.nat({ max: 2 })
  const step: fc.Arbitrary<Step> = fc.oneof(
    fc.record({ actor, kind: fc.constant('create' as const), item, meta, title: fc.string({ maxLength: 6 }) }),
    fc.record({
      actor,
      kind: fc.constant('update' as const),
      item,
      meta: patch,
      title: fc.option(fc.string({ maxLength: 6 }), { nil: undefined }),
    }),
    fc.record({ actor, kind: fc.constant('status' as const), item, status: fc.constantFrom(...STATUSES) }),
    fc.record({ actor, kind: fc.constant('comment' as const), item }),
    fc.record({ actor, kind: fc.constant('delete' as const), item }),
  )
  return fc.array(step, { minLength: 1, maxLength: 25 })
}

describe('the shared item transition', () => {
  it('gives the device the same item and the same refusals as the server, for any sequence from any members', async () => {
    const { exec, assistant } = await team()
    const second = await invite(exec.token, 'assistant', 'Lou')
    const actors: Actor[] = [
      { id: exec.member.id, role: 'executive' },
      { id: assistant.member.id, role: 'assistant' },
      { id: second.member.id, role: 'assistant' },
    ]
    await runInDurableObject(stubOf(exec.workspace.id), (instance: WorkspaceObject, state) => {
      const store = (instance as unknown as { store: WorkspaceStore }).store
      let run = 0
      let clock = 1_700_000_000_000
      fc.assert(
        fc.property(
          steps(
            actors.length,
            actors.map((a) => a.id),
          ),
          (sequence) => {
            run++
            const ids = [0, 1, 2].map((i) => `p${run}-${i}`)
            const view = new Map<string, DeviceItem | undefined>()
            sequence.forEach((step, n) => {
              const actor = actors[step.actor]!
              const id = ids[step.item]!
              const { local, wire } = both(step, id, `c${run}-${n}`)
              const now = ++clock
              const applied = state.storage.transactionSync(() => applyMutation(store, actor, wire, now))
              const before = view.get(id)
              const after = applyLocal(before, local, actor, exec.workspace.id, now)
              view.set(id, after)
              expect({ step: n, refused: after === before }).toEqual({ step: n, refused: applied.rejected !== null })
              expect(comparable(after)).toEqual(comparable(store.item(id)))
            })
          },
        ),
        { numRuns: 150 },
      )
    })
  })
})
