import type { Meta, MetaPatch, Status } from '../../shared/schema/item'
import type { ItemContent } from '../../shared/schema/content'
import type { FileRef } from '../../shared/schema/files'

/**
 * A change as the device records it: content in the clear (the outbox never leaves the
 * device); the engine seals it with the workspace key at push time.
 */
export type LocalMutation =
  | { name: 'createItem'; args: { item: { id: string; content: ItemContent; meta: Meta } } }
  | { name: 'updateItem'; args: { id: string; content?: ItemContent; meta?: MetaPatch } }
  | { name: 'setStatus'; args: { id: string; status: Status } }
  | { name: 'addComment'; args: { itemId: string; comment: { id: string; text: string; files?: FileRef[] } } }
  | { name: 'deleteItem'; args: { id: string } }
  | { name: 'setPlaybook'; args: { category: string; text: string | null } }

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
