import type { Meta, Status } from './schema/item'
import type { MutationName } from './schema/sync'
import type { Role } from './schema/workspace'
import { canTransition } from './status'

export type Actor = { id: string; role: Role }
export type ItemFacts = { createdBy: string; meta: Pick<Meta, 'assigneeId' | 'confidential'>; status: Status; deleted: boolean }

/**
 * Who may see an item. Confidential items reach only their creator (the executive who clipped
 * them) and their assignee; every other item reaches every member of the workspace.
 */
export function canSee(actor: Actor, item: ItemFacts): boolean {
  if (!item.meta.confidential) return true
  return actor.id === item.createdBy || actor.id === item.meta.assigneeId
}

/** Why a mutation is refused, as the code listed in a push's `rejected`, or null if allowed. */
export type RejectCode = 'forbidden' | 'not_found' | 'already_exists' | 'illegal_transition' | 'invalid_assignee'

/**
 * The rights matrix. An executive does everything in its workspace; an assistant changes the
 * status of, and comments on, items assigned to it or unassigned. Items the actor cannot see
 * answer `not_found`, exactly as if they did not exist.
 */
export function checkMutation(actor: Actor, name: MutationName, item: ItemFacts | null, toStatus?: Status): RejectCode | null {
  if (name === 'setPlaybook') return actor.role === 'executive' ? null : 'forbidden'
  if (name === 'createItem') {
    if (item) return 'already_exists'
    return actor.role === 'executive' ? null : 'forbidden'
  }
  if (!item || item.deleted || !canSee(actor, item)) return 'not_found'
  if (actor.role !== 'executive') {
    if (name !== 'setStatus' && name !== 'addComment') return 'forbidden'
    if (item.meta.assigneeId !== null && item.meta.assigneeId !== actor.id) return 'forbidden'
  }
  if (name === 'setStatus' && toStatus !== undefined && !canTransition(item.status, toStatus)) return 'illegal_transition'
  return null
}
