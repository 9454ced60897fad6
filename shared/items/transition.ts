import { checkMutation, type Actor, type RejectCode } from '../rights'
import type { Meta, MetaPatch, Status } from '../schema/item'

/**
 * The item state machine, once, for both sides: the server applies it to stored rows, a device
 * to its optimistic view (and again when it lays pending changes over a pull). What a change may
 * do and what it leaves behind is decided here; each side only stores the result.
 * `C` is the item's content: sealed text on the server, opened content on a device.
 */
export type ItemState<C> = {
  id: string
  content: C
  meta: Meta
  status: Status
  createdBy: string
  createdAt: number
  updatedAt: number
  statusTimes: Partial<Record<Status, number>>
  deleted: boolean
}

/** An item mutation with either side's content (see `itemChange` on each side). */
export type ItemChange<C> =
  | { name: 'createItem'; id: string; content: C; meta: Meta }
  | { name: 'updateItem'; id: string; content?: C | undefined; meta?: MetaPatch | undefined }
  | { name: 'setStatus'; id: string; status: Status }
  | { name: 'addComment'; id: string }
  | { name: 'deleteItem'; id: string }

/** What the item's history records for a change: never content, only what moved. */
export type HistoryEntry = { kind: 'created' | 'edited' | 'status' | 'commented' | 'deleted'; status?: Status; changes?: string[] }

export type Transition<C> = { rejected: RejectCode } | { rejected: null; after: ItemState<C>; event: HistoryEntry }

/** What only the server knows for sure; a device leaves it out and the server has the last word. */
export type Rules = { isAssignable?: (memberId: string) => boolean }

export function nextItem<C>(
  before: ItemState<C> | null,
  change: ItemChange<C>,
  actor: Actor,
  now: number,
  rules: Rules = {},
): Transition<C> {
  const rejected = checkMutation(actor, change.name, before, change.name === 'setStatus' ? change.status : undefined)
  if (rejected) return { rejected }
  const assignable = (id: string | null) => id === null || !rules.isAssignable || rules.isAssignable(id)
  if (change.name === 'createItem') {
    if (!assignable(change.meta.assigneeId)) return { rejected: 'invalid_assignee' }
    const after: ItemState<C> = {
      id: change.id,
      content: change.content,
      meta: change.meta,
      status: 'new',
      createdBy: actor.id,
      createdAt: now,
      updatedAt: now,
      statusTimes: { new: now },
      deleted: false,
    }
    return { rejected: null, after, event: { kind: 'created', status: 'new' } }
  }
  // checkMutation answers not_found for every other change to a missing item.
  const current = before!
  switch (change.name) {
    case 'updateItem': {
      const meta = { ...current.meta, ...definedOnly(change.meta ?? {}) }
      if (meta.assigneeId !== current.meta.assigneeId && !assignable(meta.assigneeId)) return { rejected: 'invalid_assignee' }
      const after = { ...current, meta, content: change.content ?? current.content, updatedAt: now }
      return { rejected: null, after, event: { kind: 'edited', changes: changedFields(current.meta, meta, change.content !== undefined) } }
    }
    case 'setStatus': {
      // An assistant who takes up an unassigned item claims it, so two never work the same one.
      const claims = actor.role === 'assistant' && current.meta.assigneeId === null && change.status !== 'cancelled'
      const after = {
        ...current,
        meta: claims ? { ...current.meta, assigneeId: actor.id } : current.meta,
        status: change.status,
        statusTimes: { ...current.statusTimes, [change.status]: now },
        updatedAt: now,
      }
      return { rejected: null, after, event: { kind: 'status', status: change.status, ...(claims ? { changes: ['assigneeId'] } : {}) } }
    }
    case 'addComment':
      // The item's updatedAt moves too, so "waiting without a comment" and sorting see it.
      return { rejected: null, after: { ...current, updatedAt: now }, event: { kind: 'commented' } }
    case 'deleteItem':
      return { rejected: null, after: { ...current, deleted: true, updatedAt: now }, event: { kind: 'deleted' } }
  }
}

/** Whether who may see the item changed (the server then re-sends or withdraws it). */
export function visibilityChanged(before: Pick<ItemState<unknown>, 'meta'>, after: Pick<ItemState<unknown>, 'meta'>): boolean {
  return before.meta.confidential !== after.meta.confidential || before.meta.assigneeId !== after.meta.assigneeId
}

type Targeted =
  | { name: 'createItem'; args: { item: { id: string } } }
  | { name: 'addComment'; args: { itemId: string } }
  | { name: 'setPlaybook'; args: { category: string } }
  | { name: 'updateItem' | 'setStatus' | 'deleteItem'; args: { id: string } }

/** The item a mutation (wire or local) is about, or null for a playbook, which is not an item. */
export function targetItemId(m: Targeted): string | null {
  switch (m.name) {
    case 'createItem':
      return m.args.item.id
    case 'addComment':
      return m.args.itemId
    case 'setPlaybook':
      return null
    default:
      return m.args.id
  }
}

function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>
}

const META_FIELDS = ['priority', 'dueAt', 'assigneeId', 'category', 'confidential', 'recurrence'] as const

/** The names of what an edit changed, for the history: never the content itself. */
function changedFields(before: Meta, after: Meta, content: boolean): string[] {
  const changed: string[] = META_FIELDS.filter((k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null))
  return content ? ['content', ...changed] : changed
}
