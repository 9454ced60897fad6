import { checkMutation } from '../../shared/rights'
import type { ItemRow } from '../db/types'
import type { LocalMutation } from '../db/types'
import { sortKey } from './sort-key'

export type Actor = { id: string; role: 'executive' | 'assistant' }

/**
 * Applies a local change to an item's view, as the server will. Used when the user acts and
 * again after each pull, to lay still-pending changes over the server's state. A change the
 * server would refuse changes nothing here either.
 */
export function applyLocal(item: ItemRow | undefined, m: LocalMutation, actor: Actor, workspaceId: string, now: number): ItemRow | undefined {
  const facts = item ? { createdBy: item.createdBy, meta: item.meta, status: item.status, deleted: item.deleted === 1 } : null
  if (checkMutation(actor, m.name, facts, m.name === 'setStatus' ? m.args.status : undefined)) return item
  switch (m.name) {
    case 'createItem': {
      const { id, content, meta } = m.args.item
      return {
        id, workspaceId, content, meta, status: 'new', createdBy: actor.id, createdAt: now, updatedAt: now,
        statusTimes: { new: now }, deleted: 0, pending: 1, sortKey: sortKey(meta, now), unseen: 0,
      }
    }
    case 'updateItem': {
      const current = item!
      const patch = Object.fromEntries(Object.entries(m.args.meta ?? {}).filter(([, v]) => v !== undefined))
      const meta = { ...current.meta, ...patch }
      return { ...current, meta, content: m.args.content ?? current.content, updatedAt: now, pending: 1, sortKey: sortKey(meta, current.createdAt) }
    }
    case 'setStatus': {
      const current = item!
      const claims = actor.role === 'assistant' && current.meta.assigneeId === null && m.args.status !== 'cancelled'
      const meta = claims ? { ...current.meta, assigneeId: actor.id } : current.meta
      return { ...current, meta, status: m.args.status, statusTimes: { ...current.statusTimes, [m.args.status]: now }, updatedAt: now, pending: 1 }
    }
    case 'addComment':
      return { ...item!, updatedAt: now, pending: 1 }
    case 'deleteItem':
      return { ...item!, deleted: 1, pending: 1, updatedAt: now }
    case 'setPlaybook':
      // Not an item change: the playbooks table holds it (see sync/governance.ts).
      return item
  }
}
