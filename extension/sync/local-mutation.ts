import type { Meta, MetaPatch, Status } from '../../shared/schema/item'
import type { ItemContent } from '../../shared/schema/content'

/**
 * A change as the device records it: content in the clear (the outbox never leaves the
 * device); the engine seals it with the workspace key at push time.
 */
export type LocalMutation =
  | { name: 'createItem'; args: { item: { id: string; content: ItemContent; meta: Meta } } }
  | { name: 'updateItem'; args: { id: string; content?: ItemContent; meta?: MetaPatch } }
  | { name: 'setStatus'; args: { id: string; status: Status } }
  | { name: 'addComment'; args: { itemId: string; comment: { id: string; text: string } } }
  | { name: 'deleteItem'; args: { id: string } }

export function targetItemId(m: LocalMutation): string {
  switch (m.name) {
    case 'createItem': return m.args.item.id
    case 'addComment': return m.args.itemId
    default: return m.args.id
  }
}
