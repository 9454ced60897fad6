import type { Status } from '../../../shared/schema/item'
import type { MessageKey } from '../../lib/i18n'

/** The assistant's moves, each with its one-key shortcut in the queue. */
export const QUEUE_MOVES: readonly Status[] = ['acknowledged', 'in_progress', 'waiting', 'done']
export const QUEUE_SHORTCUTS: Readonly<Record<string, Status>> = { a: 'acknowledged', s: 'in_progress', w: 'waiting', d: 'done' }
export const SHORTCUT_OF: Partial<Record<Status, string>> = { acknowledged: 'A', in_progress: 'S', waiting: 'W', done: 'D' }

/** The executive's moves on a delegated item: cancel it, or reopen a cancelled one. */
export const DELEGATED_MOVES: readonly Status[] = ['cancelled', 'new']

/** A move's button label; the same target reads differently depending on where it starts. */
export function moveLabel(from: Status, to: Status): MessageKey {
  switch (to) {
    case 'acknowledged':
      return 'actAcknowledge'
    case 'in_progress':
      return from === 'done' ? 'actReopen' : from === 'waiting' ? 'actResume' : 'actStart'
    case 'waiting':
      return 'actWait'
    case 'done':
      return 'actDone'
    case 'cancelled':
      return 'actCancel'
    case 'new':
      return 'actReopen'
  }
}
