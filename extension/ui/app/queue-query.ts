import type { Status } from '../../../shared/schema/item'
import { OPEN_STATUSES } from '../../../shared/status'
import { db } from '../../db/database'
import type { ItemRow, WorkspaceRow } from '../../db/types'
import type { LiveItemsSource } from '../hooks/use-live-items'
import { compareItems } from './item-order'
import { queueHead } from './queue-head'
import { t } from '../../lib/i18n'
import { memberName } from '../members'
import type { ListEntry } from './list-entry'

export const QUEUE_SCOPES = ['mine', 'open', 'closed'] as const
export type QueueScope = (typeof QUEUE_SCOPES)[number]

const CLOSED: readonly Status[] = ['done', 'cancelled']

/**
 * The assistant's items, read through the [workspaceId+status] index so closed work (the bulk
 * of a long-lived workspace) is never loaded for the open queue; then put in queue order.
 * Each (workspace, status) pair is one plain index range, answered by a single getAll.
 * "mine" is what this member should pick up: assigned to it, or to nobody yet.
 */
export function queueSource(workspaces: readonly WorkspaceRow[], scope: QueueScope): LiveItemsSource {
  const statuses = scope === 'closed' ? CLOSED : OPEN_STATUSES
  const me = new Map(workspaces.map((w) => [w.id, w.memberId]))
  const accept = (i: ItemRow) =>
    i.deleted === 0 &&
    me.has(i.workspaceId) &&
    statuses.includes(i.status) &&
    (scope !== 'mine' || i.meta.assigneeId === null || i.meta.assigneeId === me.get(i.workspaceId))
  const load = async (): Promise<ItemRow[]> => {
    const parts = await Promise.all(
      workspaces.flatMap((w) => statuses.map((s) => db().items.where('[workspaceId+status]').equals([w.id, s]).toArray())),
    )
    return parts.flat().filter(accept).sort(compareItems)
  }
  return { load, accept, firstPage: () => queueHead(accept) }
}

/**
 * Groups sorted items by executive (the member who created them), keeping queue order inside
 * each group. Groups follow the executives' names, so they stay put while items move.
 */
export function groupQueue(sorted: readonly ItemRow[], workspaces: ReadonlyMap<string, WorkspaceRow>): ListEntry[] {
  const several = workspaces.size > 1
  const groups = new Map<string, { label: string; items: ItemRow[] }>()
  for (const item of sorted) {
    const key = `${item.workspaceId}:${item.createdBy}`
    let group = groups.get(key)
    if (!group) {
      const ws = workspaces.get(item.workspaceId)
      const name = memberName(ws, item.createdBy)
      group = { label: several && ws ? t('groupInWorkspace', { name, workspace: ws.name }) : name, items: [] }
      groups.set(key, group)
    }
    group.items.push(item)
  }
  const ordered = [...groups.entries()].sort(([ka, a], [kb, b]) => a.label.localeCompare(b.label) || (ka < kb ? -1 : 1))
  const entries: ListEntry[] = []
  for (const [key, group] of ordered) {
    entries.push({ kind: 'header', key, label: group.label, count: group.items.length })
    for (const item of group.items) entries.push({ kind: 'item', item, context: group.label })
  }
  return entries
}
