import { canSee, checkMutation, type Actor, type RejectCode } from '../../../shared/rights'
import type { Mutation } from '../../../shared/schema/sync'
import { factsOf, type ItemRow } from './rows'
import type { WorkspaceStore } from './store'
import { union, type Audience } from './audience'
import { recur } from './recurrence'

export type Applied = { rejected: RejectCode | null; audience: Audience }

/**
 * Applies one mutation's effects. Runs inside the caller's transaction, so its writes and the
 * client's new last mutation id commit together. A refused mutation writes nothing.
 */
export function applyMutation(store: WorkspaceStore, actor: Actor, m: Mutation, now: number): Applied {
  if (m.name === 'setPlaybook') return setPlaybook(store, actor, m.args, now)
  const itemId = m.name === 'createItem' ? m.args.item.id : m.name === 'addComment' ? m.args.itemId : m.args.id
  const existing = store.item(itemId)
  const rejected = checkMutation(actor, m.name, existing ? factsOf(existing) : null, m.name === 'setStatus' ? m.args.status : undefined)
  if (rejected) return { rejected, audience: new Set() }

  switch (m.name) {
    case 'createItem': {
      const { id, sealed, meta } = m.args.item
      if (!isActiveMember(store, meta.assigneeId)) return { rejected: 'invalid_assignee', audience: new Set() }
      const item: ItemRow = {
        id, sealed, meta, status: 'new', createdBy: actor.id, createdAt: now, updatedAt: now,
        statusTimes: { new: now }, deleted: false, version: store.nextVersion(),
      }
      store.putItem(item)
      store.addEvent({ itemId: id, actorId: actor.id, at: now, kind: 'created', status: 'new' }, item.version)
      return { rejected: null, audience: audienceOf(item) }
    }
    case 'updateItem': {
      const before = existing!
      const meta = { ...before.meta, ...definedOnly(m.args.meta ?? {}) }
      if (meta.assigneeId !== before.meta.assigneeId && !isActiveMember(store, meta.assigneeId)) {
        return { rejected: 'invalid_assignee', audience: new Set() }
      }
      const after: ItemRow = { ...before, meta, sealed: m.args.sealed ?? before.sealed, updatedAt: now, version: store.nextVersion() }
      store.putItem(after)
      store.addEvent({ itemId: after.id, actorId: actor.id, at: now, kind: 'edited', changes: changedFields(before, after, m.args.sealed !== undefined) }, after.version)
      const audience = union(audienceOf(before), audienceOf(after))
      if (visibilityChanged(before, after)) trackVisibility(store, before, after)
      return { rejected: null, audience }
    }
    case 'setStatus': {
      const before = existing!
      // An assistant who takes up an unassigned item claims it, so two never work the same one.
      const claims = actor.role === 'assistant' && before.meta.assigneeId === null && m.args.status !== 'cancelled'
      const after: ItemRow = {
        ...before,
        meta: claims ? { ...before.meta, assigneeId: actor.id } : before.meta,
        status: m.args.status,
        statusTimes: { ...before.statusTimes, [m.args.status]: now },
        updatedAt: now,
        version: store.nextVersion(),
      }
      store.putItem(after)
      store.addEvent({ itemId: after.id, actorId: actor.id, at: now, kind: 'status', status: m.args.status, ...(claims ? { changes: ['assigneeId'] } : {}) }, after.version)
      if (claims && visibilityChanged(before, after)) trackVisibility(store, before, after)
      const next = m.args.status === 'done' ? recur(store, after, actor.id, now) : null
      return { rejected: null, audience: union(union(audienceOf(before), audienceOf(after)), next ? audienceOf(next) : new Set()) }
    }
    case 'addComment': {
      const { id, sealed } = m.args.comment
      if (store.comment(id)) return { rejected: 'already_exists', audience: new Set() }
      const version = store.nextVersion()
      store.putComment({ id, itemId, sealed, authorId: actor.id, createdAt: now }, version)
      // The item's updatedAt moves too, so "waiting without a comment" and sorting see it.
      const touched = store.nextVersion()
      store.putItem({ ...existing!, updatedAt: now, version: touched })
      store.addEvent({ itemId, actorId: actor.id, at: now, kind: 'commented' }, touched)
      return { rejected: null, audience: audienceOf(existing!) }
    }
    case 'deleteItem': {
      const before = existing!
      // A tombstone keeps routing data for KPIs and cursors; the content itself is erased.
      const version = store.nextVersion()
      store.putItem({ ...before, sealed: '', deleted: true, updatedAt: now, version })
      store.deleteComments(before.id)
      store.addEvent({ itemId: before.id, actorId: actor.id, at: now, kind: 'deleted' }, version)
      return { rejected: null, audience: audienceOf(before) }
    }
  }
}

function isActiveMember(store: WorkspaceStore, id: string | null): boolean {
  if (id === null) return true
  const member = store.member(id)
  return member !== null && !member.revoked
}

function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>
}

function audienceOf(item: ItemRow): Audience {
  if (!item.meta.confidential) return 'all'
  const who = new Set([item.createdBy])
  if (item.meta.assigneeId) who.add(item.meta.assigneeId)
  return who
}

function visibilityChanged(before: ItemRow, after: ItemRow): boolean {
  return before.meta.confidential !== after.meta.confidential || before.meta.assigneeId !== after.meta.assigneeId
}

/** Records who lost sight of an item (to send them a tombstone) and re-sends comments to newcomers. */
function trackVisibility(store: WorkspaceStore, before: ItemRow, after: ItemRow): void {
  for (const member of store.members()) {
    const actor = { id: member.id, role: member.role }
    const saw = canSee(actor, factsOf(before))
    const sees = canSee(actor, factsOf(after))
    if (saw && !sees) store.markLostAccess(after.id, member.id)
    if (sees) store.clearLostAccess(after.id, member.id)
  }
  store.touchComments(after.id, after.version)
  store.touchEvents(after.id, after.version)
}

const META_FIELDS = ['priority', 'dueAt', 'assigneeId', 'category', 'confidential', 'recurrence'] as const

/** The names of what an edit changed, for the history: never the content itself. */
function changedFields(before: ItemRow, after: ItemRow, content: boolean): string[] {
  const changed: string[] = META_FIELDS.filter((k) => JSON.stringify(before.meta[k] ?? null) !== JSON.stringify(after.meta[k] ?? null))
  return content ? ['content', ...changed] : changed
}

function setPlaybook(store: WorkspaceStore, actor: Actor, args: { category: string; sealed: string | null }, now: number): Applied {
  if (actor.role !== 'executive') return { rejected: 'forbidden', audience: new Set() }
  store.putPlaybook(args.category, args.sealed ?? '', actor.id, now, store.nextVersion())
  return { rejected: null, audience: 'all' }
}
