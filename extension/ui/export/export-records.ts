import type { Source } from '../../../shared/schema/content'
import type { Priority, Status } from '../../../shared/schema/item'
import type { Recurrence } from '../../../shared/recurrence'
import type { ItemEvent } from '../../../shared/schema/sync'
import { db } from '../../db/database'
import type { CommentRow, EventRow, ItemRow, WorkspaceRow } from '../../db/types'
import { describeEvent } from '../item/history-text'

export type HistoryEntry = {
  at: string
  actorId: string
  actor: string
  kind: ItemEvent['kind']
  status?: Status
  changes?: string[]
  what: string
}
export type CommentEntry = { at: string; authorId: string; author: string; text: string | null }

/** One item's full record as exported: decrypted on this device, times in ISO 8601 (UTC). */
export type ExportRecord = {
  id: string
  title: string | null
  note: string | null
  status: Status
  priority: Priority
  category: string | null
  assigneeId: string | null
  assignee: string | null
  createdById: string
  createdBy: string
  createdAt: string
  updatedAt: string
  dueAt: string | null
  confidential: boolean
  recurrence: Recurrence | null
  statusTimes: Partial<Record<Status, string>>
  source: Source | null
  comments: CommentEntry[]
  history: HistoryEntry[]
}

const iso = (ms: number) => new Date(ms).toISOString()

/** A member's plain display name (no "you"), or the id of someone no longer listed. */
export function nameOf(ws: WorkspaceRow, memberId: string): string {
  return ws.members.find((m) => m.id === memberId)?.displayName ?? memberId
}

export function buildRecord(ws: WorkspaceRow, item: ItemRow, comments: readonly CommentRow[], events: readonly EventRow[]): ExportRecord {
  return {
    id: item.id,
    title: item.content?.title ?? null,
    note: item.content?.note ?? null,
    status: item.status,
    priority: item.meta.priority,
    category: item.meta.category,
    assigneeId: item.meta.assigneeId,
    assignee: item.meta.assigneeId === null ? null : nameOf(ws, item.meta.assigneeId),
    createdById: item.createdBy,
    createdBy: nameOf(ws, item.createdBy),
    createdAt: iso(item.createdAt),
    updatedAt: iso(item.updatedAt),
    dueAt: item.meta.dueAt === null ? null : iso(item.meta.dueAt),
    confidential: item.meta.confidential,
    recurrence: item.meta.recurrence ?? null,
    statusTimes: Object.fromEntries(Object.entries(item.statusTimes).map(([s, ms]) => [s, iso(ms)])),
    source: item.content?.source ?? null,
    comments: [...comments]
      .sort((a, b) => a.createdAt - b.createdAt)
      .map((c) => ({ at: iso(c.createdAt), authorId: c.authorId, author: nameOf(ws, c.authorId), text: c.text })),
    history: [...events]
      .sort((a, b) => a.at - b.at || a.id - b.id)
      .map((e) => ({
        at: iso(e.at),
        actorId: e.actorId,
        actor: nameOf(ws, e.actorId),
        kind: e.kind,
        ...(e.status ? { status: e.status } : {}),
        ...(e.changes ? { changes: e.changes } : {}),
        what: describeEvent(e),
      })),
  }
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const row of rows) {
    const k = key(row)
    const list = groups.get(k)
    if (list) list.push(row)
    else groups.set(k, [row])
  }
  return groups
}

/** Every item of the workspace on this device, oldest first, with comments and history. */
export async function loadWorkspaceRecords(ws: WorkspaceRow): Promise<ExportRecord[]> {
  const [items, comments, events] = await Promise.all([
    db().items.where('workspaceId').equals(ws.id).toArray(),
    db().comments.where('workspaceId').equals(ws.id).toArray(),
    db().events.where('workspaceId').equals(ws.id).toArray(),
  ])
  const commentsOf = groupBy(comments, (c) => c.itemId)
  const eventsOf = groupBy(events, (e) => e.itemId)
  return items
    .filter((i) => i.deleted === 0)
    .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
    .map((i) => buildRecord(ws, i, commentsOf.get(i.id) ?? [], eventsOf.get(i.id) ?? []))
}

/** One item's full record, or null when it is not on this device. */
export async function loadItemRecord(ws: WorkspaceRow, itemId: string): Promise<ExportRecord | null> {
  const [item, comments, events] = await Promise.all([
    db().items.get(itemId),
    db().comments.where('itemId').equals(itemId).toArray(),
    db()
      .events.where('itemId')
      .equals(itemId)
      .filter((e) => e.workspaceId === ws.id)
      .toArray(),
  ])
  if (!item || item.deleted === 1 || item.workspaceId !== ws.id) return null
  return buildRecord(ws, item, comments, events)
}
