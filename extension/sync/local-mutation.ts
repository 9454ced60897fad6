import type { LocalMutation } from '../db/types'

/**
 * What the engine keys a pending change by when it lays the outbox over a pull. A playbook is
 * not an item: its key has a ':' that no item id may contain, so it never matches an item row.
 */
export function targetItemId(m: LocalMutation): string {
  switch (m.name) {
    case 'createItem': return m.args.item.id
    case 'addComment': return m.args.itemId
    case 'setPlaybook': return `playbook:${m.args.category}`
    default: return m.args.id
  }
}
