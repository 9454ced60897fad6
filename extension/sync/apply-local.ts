import { itemChange } from '../../shared/items/change'
import { nextItem } from '../../shared/items/transition'
import type { Actor } from '../../shared/rights'
import type { ItemContent } from '../../shared/schema/content'
import type { ItemRow, LocalMutation } from '../db/types'
import { sortKey } from './sort-key'

/**
 * Applies a local change to an item's view through the same transition the server applies
 * (`shared/items/transition.ts`). Used when the user acts and again after each pull, to lay
 * still-pending changes over the server's state. A change the server would refuse changes
 * nothing here either; whether an assignee is still a member is the server's call.
 */
export function applyLocal(
  item: ItemRow | undefined,
  m: LocalMutation,
  actor: Actor,
  workspaceId: string,
  now: number,
): ItemRow | undefined {
  // Not an item change: the playbooks table holds it (see sync/governance.ts).
  if (m.name === 'setPlaybook') return item
  const t = nextItem(item ? { ...item, deleted: item.deleted === 1 } : null, itemChange<'content', ItemContent>(m, 'content'), actor, now)
  if (t.rejected) return item
  const { id, content, meta, status, createdBy, createdAt, updatedAt, statusTimes, deleted } = t.after
  return {
    id,
    workspaceId,
    content,
    meta,
    status,
    createdBy,
    createdAt,
    updatedAt,
    statusTimes,
    deleted: deleted ? 1 : 0,
    pending: 1,
    sortKey: sortKey(meta, createdAt),
    unseen: item?.unseen ?? 0,
  }
}
