import type { Meta, MetaPatch, Status } from '../schema/item'
import type { ItemChange } from './transition'

/**
 * An item mutation as either side records it: the wire form carries content sealed under
 * `sealed`, the device's outbox carries it opened under `content`.
 */
export type ItemMutationOf<K extends 'sealed' | 'content', C> =
  | { name: 'createItem'; args: { item: { id: string; meta: Meta } & { [P in K]: C } } }
  | { name: 'updateItem'; args: { id: string; meta?: MetaPatch | undefined } & { [P in K]?: C | undefined } }
  | { name: 'setStatus'; args: { id: string; status: Status } }
  | { name: 'addComment'; args: { itemId: string } }
  | { name: 'deleteItem'; args: { id: string } }

/** The side-neutral form the transition takes. */
export function itemChange<K extends 'sealed' | 'content', C>(m: ItemMutationOf<K, C>, key: K): ItemChange<C> {
  switch (m.name) {
    case 'createItem':
      return { name: m.name, id: m.args.item.id, content: m.args.item[key], meta: m.args.item.meta }
    case 'updateItem':
      return { name: m.name, id: m.args.id, content: m.args[key], meta: m.args.meta }
    case 'setStatus':
      return { name: m.name, id: m.args.id, status: m.args.status }
    case 'addComment':
      return { name: m.name, id: m.args.itemId }
    case 'deleteItem':
      return { name: m.name, id: m.args.id }
  }
}
