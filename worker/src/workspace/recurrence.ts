import { nextDue, occurrenceId } from '../../../shared/recurrence'
import type { ItemRow } from './rows'
import type { WorkspaceStore } from './store'

/**
 * A recurring item done: its next occurrence, with the same sealed content (opaque to us) and
 * the next due date. The id is derived from the due date, so a second trigger finds it there.
 */
export function recur(store: WorkspaceStore, item: ItemRow, actorId: string, now: number): ItemRow | null {
  const rule = item.meta.recurrence
  if (!rule) return null
  const due = nextDue(item.meta.dueAt ?? item.createdAt, rule)
  const id = occurrenceId(item.id, due)
  if (store.item(id)) return null
  const next: ItemRow = {
    id,
    sealed: item.sealed,
    meta: { ...item.meta, dueAt: due },
    status: 'new',
    createdBy: item.createdBy,
    createdAt: now,
    updatedAt: now,
    statusTimes: { new: now },
    deleted: false,
    version: store.nextVersion(),
  }
  store.putItem(next)
  store.addEvent({ itemId: id, actorId, at: now, kind: 'recurred', status: 'new', changes: [item.id] }, next.version)
  return next
}

/** The object's alarm, as far as recurrence needs it. */
export type Alarm = { getAlarm(): Promise<number | null>; setAlarm(at: number): Promise<void> }

/** Wakes the object at the earliest due date of an open recurring item, to bring its next occurrence. */
export async function scheduleRecurrence(store: WorkspaceStore, alarm: Alarm, now: number): Promise<void> {
  const at = store.recurrence.nextDue()
  if (at === null) return
  const current = await alarm.getAlarm()
  if (current === null || current > at) await alarm.setAlarm(Math.max(at, now + 1000))
}

/**
 * Recurring items whose date came: their next occurrence appears, once (its id is derived from
 * the date). Returns whether any appeared.
 */
export function recurDue(store: WorkspaceStore, transact: <T>(fn: () => T) => T, now: number): boolean {
  const due = store.recurrence.dueBy(now)
  return transact(() => {
    let created = false
    for (const item of due) if (recur(store, item, item.createdBy, now)) created = true
    return created
  })
}

/** After the due ones ran: the next wake-up, looking only ahead (items already recurred are skipped by recur()). */
export async function rearmRecurrence(store: WorkspaceStore, alarm: Alarm, now: number): Promise<void> {
  const later = store.recurrence.nextDue(now)
  if (later !== null) await alarm.setAlarm(later)
}
