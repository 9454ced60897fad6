import { targetItemId } from '../../shared/items/transition'
import type { LocalMutation } from '../db/types'

/**
 * What the engine keys a pending change by when it lays the outbox over a pull: the item it is
 * about (derived as the server does), or for a playbook, which is not an item, a key with a ':'
 * that no item id may contain, so it never matches an item row.
 */
export function pendingKey(m: LocalMutation): string {
  return targetItemId(m) ?? `playbook:${m.name === 'setPlaybook' ? m.args.category : ''}`
}
