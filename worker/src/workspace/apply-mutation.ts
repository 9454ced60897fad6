import { itemChange } from '../../../shared/items/change'
import { nextItem, visibilityChanged, type ItemState } from '../../../shared/items/transition'
import { canSee, checkMutation, type Actor, type RejectCode } from '../../../shared/rights'
import type { Mutation } from '../../../shared/schema/sync'
import { union, type Audience } from './audience'
import { recur } from './recurrence'
import { factsOf, type ItemRow } from './rows'
import type { WorkspaceStore } from './store'

export type Applied = { rejected: RejectCode | null; audience: Audience }

const refused = (rejected: RejectCode): Applied => ({ rejected, audience: new Set() })

/**
 * Applies one mutation's effects. What the change may do and the item it leaves are decided by
 * the shared transition (`shared/items/transition.ts`), as on the device; this stores the result
 * with its history, its visibility bookkeeping and any recurrence. Runs inside the caller's
 * transaction, so its writes and the client's new last mutation id commit together. A refused
 * mutation writes nothing.
 */
export function applyMutation(store: WorkspaceStore, actor: Actor, m: Mutation, now: number): Applied {
  if (m.name === 'setPlaybook') {
    const rejected = checkMutation(actor, m.name, null)
    if (rejected) return refused(rejected)
    store.putPlaybook(m.args.category, m.args.sealed ?? '', actor.id, now, store.nextVersion())
    return { rejected: null, audience: 'all' }
  }
  const change = itemChange<'sealed', string>(m, 'sealed')
  const before = store.item(change.id)
  const t = nextItem(before ? stateOf(before) : null, change, actor, now, { isAssignable: (id) => isActiveMember(store, id) })
  if (t.rejected) return refused(t.rejected)

  if (m.name === 'addComment') {
    const { id, sealed } = m.args.comment
    if (store.comment(id)) return refused('already_exists')
    store.putComment({ id, itemId: change.id, sealed, authorId: actor.id, createdAt: now }, store.nextVersion())
  }
  // A tombstone keeps routing data for KPIs and cursors; the content itself is erased.
  const after: ItemRow = { ...rowOf(t.after, store.nextVersion()), ...(t.after.deleted ? { sealed: '' } : {}) }
  store.putItem(after)
  if (m.name === 'deleteItem') store.deleteComments(after.id)
  store.addEvent({ itemId: after.id, actorId: actor.id, at: now, ...t.event }, after.version)
  if (before && visibilityChanged(before, after)) trackVisibility(store, before, after)
  const next = m.name === 'setStatus' && m.args.status === 'done' ? recur(store, after, actor.id, now) : null
  return {
    rejected: null,
    audience: union(union(before ? audienceOf(before) : new Set(), audienceOf(after)), next ? audienceOf(next) : new Set()),
  }
}

function stateOf({ sealed, version: _version, ...row }: ItemRow): ItemState<string> {
  return { ...row, content: sealed }
}

function rowOf({ content, ...state }: ItemState<string>, version: number): ItemRow {
  return { ...state, sealed: content, version }
}

function isActiveMember(store: WorkspaceStore, id: string): boolean {
  const member = store.member(id)
  return member !== null && !member.revoked
}

function audienceOf(item: ItemRow): Audience {
  if (!item.meta.confidential) return 'all'
  const who = new Set([item.createdBy])
  if (item.meta.assigneeId) who.add(item.meta.assigneeId)
  return who
}

/** Records who lost sight of an item (to send them a tombstone) and re-sends comments to newcomers. */
function trackVisibility(store: WorkspaceStore, before: ItemRow, after: ItemRow): void {
  for (const member of store.members()) {
    const actor = { id: member.id, role: member.role }
    const saw = canSee(actor, factsOf(before))
    const sees = canSee(actor, factsOf(after))
    if (saw && !sees) store.lostAccess.mark(after.id, member.id)
    if (sees) store.lostAccess.clear(after.id, member.id)
  }
  store.touchComments(after.id, after.version)
  store.touchEvents(after.id, after.version)
}
