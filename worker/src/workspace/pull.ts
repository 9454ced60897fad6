import { canSee, type Actor } from '../../../shared/rights'
import { LIMITS } from '../../../shared/limits'
import type { Item } from '../../../shared/schema/item'
import type { PullResponse } from '../../../shared/schema/sync'
import { factsOf, toWireItem, type ItemRow } from './rows'
import type { WorkspaceStore } from './store'

/**
 * A cursor is `<epoch>.<version>`: the epoch changes if the workspace's storage is ever
 * rebuilt, so a cursor from another life is answered with a reset, never with a wrong diff.
 */
export function formatCursor(epoch: string, version: number): string {
  return `${epoch}.${version}`
}

function parseCursor(cursor: string | undefined, epoch: string, current: number): number | null {
  if (cursor === undefined) return null
  const match = /^([A-Za-z0-9_-]+)\.(\d{1,15})$/.exec(cursor)
  if (!match || match[1] !== epoch) return null
  const version = Number(match[2])
  return version <= current ? version : null
}

/**
 * What changed since the cursor, as this member may see it. Reads only, so the same cursor
 * twice gives the same answer while nothing is written in between.
 */
export function pull(
  store: WorkspaceStore,
  actor: Actor,
  epoch: string,
  cursor: string | undefined,
  pageSize: number = LIMITS.pullPageItems,
): PullResponse {
  const current = store.version()
  const since = parseCursor(cursor, epoch, current)
  const reset = since === null
  const from = since ?? 0
  const rows = store.itemsChangedSince(from, pageSize + 1)
  const more = rows.length > pageSize
  const page = more ? rows.slice(0, pageSize) : rows
  const upTo = more ? page[page.length - 1]!.version : current

  const items: Item[] = []
  const visible = new Set<string>()
  for (const row of page) {
    const out = visibleForm(store, actor, row, reset)
    if (!out) continue
    items.push(out)
    if (!out.deleted) visible.add(out.id)
  }
  const comments = store
    .commentsChangedBetween(from, upTo)
    .filter((c) => visible.has(c.itemId) || isVisibleItem(store, actor, c.itemId))
    .map(({ version: _version, ...c }) => c)
  // History follows its item: sent with it, and only to those who may see it.
  const events = store.eventsChangedBetween(from, upTo).filter((e) => visible.has(e.itemId) || isVisibleItem(store, actor, e.itemId))
  const playbooks = store.playbooksChangedBetween(reset ? 0 : from, upTo).filter((p) => !reset || p.sealed !== '')

  return {
    cursor: formatCursor(epoch, upTo),
    items,
    comments,
    members: store.members(),
    lastMutationIds: store.lastMutationIdsOf(actor.id),
    reset,
    more,
    playbooks,
    events,
  }
}

function visibleForm(store: WorkspaceStore, actor: Actor, row: ItemRow, reset: boolean): Item | null {
  if (canSee(actor, factsOf(row))) {
    // After a reset the client rebuilds from nothing: tombstones would only cost bytes.
    if (reset && row.deleted) return null
    return toWireItem(row)
  }
  if (!reset && store.lostAccess.has(row.id, actor.id)) return redactedTombstone(row)
  return null
}

/**
 * A tombstone for a member who lost sight of an item: its id and that it is gone. Everything
 * else is a neutral placeholder, since the item's current meta (new assignee, category, due
 * date, progress) is exactly what that member may no longer know.
 */
function redactedTombstone(row: ItemRow): Item {
  return {
    id: row.id,
    sealed: '',
    meta: { priority: 'normal', dueAt: null, assigneeId: null, category: null, confidential: true },
    // updatedAt stays real so that a client keeping the newest version lets the tombstone win.
    status: 'new',
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    statusTimes: {},
    deleted: true,
  }
}

function isVisibleItem(store: WorkspaceStore, actor: Actor, itemId: string): boolean {
  const item = store.item(itemId)
  return item !== null && !item.deleted && canSee(actor, factsOf(item))
}
