import * as v from 'valibot'
import { ItemSchema, PrioritySchema, StatusSchema, type Comment, type Item } from '../../../shared/schema/item'
import { RoleSchema, type MemberListEntry } from '../../../shared/schema/workspace'
import type { ItemFacts } from '../../../shared/rights'
import { RecurrenceSchema, type Recurrence } from '../../../shared/recurrence'
import { ItemEventSchema, type ItemEvent } from '../../../shared/schema/sync'

/** Rows as SQLite returns them; parsed, never cast, since storage outlives code versions. */
export type ItemRow = Item & { version: number }

const StatusTimesJson = v.pipe(v.string(), v.parseJson(), ItemSchema.entries.statusTimes)

export function itemFromRow(r: Record<string, SqlStorageValue>): ItemRow {
  return {
    id: String(r.id),
    sealed: String(r.sealed),
    meta: {
      priority: v.parse(PrioritySchema, r.priority),
      dueAt: r.due_at === null ? null : Number(r.due_at),
      assigneeId: r.assignee_id === null ? null : String(r.assignee_id),
      category: r.category === null ? null : String(r.category),
      confidential: Number(r.confidential) === 1,
      ...recurrenceOf(r.recurrence),
    },
    status: v.parse(StatusSchema, r.status),
    createdBy: String(r.created_by),
    createdAt: Number(r.created_at),
    updatedAt: Number(r.updated_at),
    statusTimes: v.parse(StatusTimesJson, r.status_times),
    deleted: Number(r.deleted) === 1,
    version: Number(r.version),
  }
}

export function toWireItem(row: ItemRow): Item {
  const { version: _version, ...item } = row
  return item
}

export function factsOf(item: Item): ItemFacts {
  return { createdBy: item.createdBy, meta: item.meta, status: item.status, deleted: item.deleted }
}

export function commentFromRow(r: Record<string, SqlStorageValue>): Comment & { version: number } {
  return {
    id: String(r.id),
    itemId: String(r.item_id),
    sealed: String(r.sealed),
    authorId: String(r.author_id),
    createdAt: Number(r.created_at),
    version: Number(r.version),
  }
}

export function memberFromRow(r: Record<string, SqlStorageValue>): MemberListEntry {
  return {
    id: String(r.id),
    role: v.parse(RoleSchema, r.role),
    displayName: String(r.display_name),
    revoked: Number(r.revoked) === 1,
  }
}

const RecurrenceJson = v.pipe(v.string(), v.parseJson(), RecurrenceSchema)

/** Only recurring items carry the field, so plain items look exactly as before on the wire. */
function recurrenceOf(value: SqlStorageValue | undefined): { recurrence?: Recurrence } {
  if (typeof value !== 'string') return {}
  const parsed = v.safeParse(RecurrenceJson, value)
  return parsed.success ? { recurrence: parsed.output } : {}
}

const EventChangesJson = v.pipe(v.string(), v.parseJson(), v.array(v.string()))
const EventKindSchema = ItemEventSchema.entries.kind

export function eventFromRow(r: Record<string, SqlStorageValue>): ItemEvent {
  const status = v.safeParse(StatusSchema, r.status)
  const changes = typeof r.changes === 'string' ? v.safeParse(EventChangesJson, r.changes) : null
  return {
    id: Number(r.id),
    itemId: String(r.item_id),
    actorId: String(r.actor_id),
    at: Number(r.at),
    kind: v.parse(EventKindSchema, r.kind),
    ...(status.success ? { status: status.output } : {}),
    ...(changes?.success ? { changes: changes.output } : {}),
  }
}
