import { canSee, checkMutation, type Actor, type RejectCode } from '../../../shared/rights'
import type { Mutation } from '../../../shared/schema/sync'
import { factsOf, type ItemRow } from './rows'
import type { WorkspaceStore } from './store'

/** Who must hear about a change: every member, or a few (confidential items). */
export type Audience = 'all' | Set<string>

export type Applied = { rejected: RejectCode | null; audience: Audience }

/**
 * Applies one mutation's effects. Runs inside the caller's transaction, so its writes and the
 * client's new last mutation id commit together. A refused mutation writes nothing.
 */
export function applyMutation(store: WorkspaceStore, actor: Actor, m: Mutation, now: number): Applied {
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
      if (claims && visibilityChanged(before, after)) trackVisibility(store, before, after)
      return { rejected: null, audience: union(audienceOf(before), audienceOf(after)) }
    }
    case 'addComment': {
      const { id, sealed } = m.args.comment
      if (store.comment(id)) return { rejected: 'already_exists', audience: new Set() }
      const version = store.nextVersion()
      store.putComment({ id, itemId, sealed, authorId: actor.id, createdAt: now }, version)
      // The item's updatedAt moves too, so "waiting without a comment" and sorting see it.
      store.putItem({ ...existing!, updatedAt: now, version: store.nextVersion() })
      return { rejected: null, audience: audienceOf(existing!) }
    }
    case 'deleteItem': {
      const before = existing!
      // A tombstone keeps routing data for KPIs and cursors; the content itself is erased.
      store.putItem({ ...before, sealed: '', deleted: true, updatedAt: now, version: store.nextVersion() })
      store.deleteComments(before.id)
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

function union(a: Audience, b: Audience): Audience {
  if (a === 'all' || b === 'all') return 'all'
  return new Set([...a, ...b])
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
}
