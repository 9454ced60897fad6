import type { Status } from './schema/item'

/**
 * The one table of legal status moves. `done` and `cancelled` can be reopened (back to
 * `in_progress` / `new`) because real back offices reopen work; every move is timestamped.
 */
export const TRANSITIONS: Readonly<Record<Status, readonly Status[]>> = {
  new: ['acknowledged', 'in_progress', 'waiting', 'done', 'cancelled'],
  acknowledged: ['in_progress', 'waiting', 'done', 'cancelled'],
  in_progress: ['waiting', 'done', 'cancelled'],
  waiting: ['in_progress', 'done', 'cancelled'],
  done: ['in_progress'],
  cancelled: ['new'],
}

export function canTransition(from: Status, to: Status): boolean {
  return TRANSITIONS[from].includes(to)
}

/** States in which an item still needs work. */
export const OPEN_STATUSES: readonly Status[] = ['new', 'acknowledged', 'in_progress', 'waiting']
export function isOpen(status: Status): boolean {
  return OPEN_STATUSES.includes(status)
}
