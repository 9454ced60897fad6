import type { CommentContent } from '../../shared/schema/content'
import type { FileRef } from '../../shared/schema/files'
import type { Mutation } from '../../shared/schema/sync'
import { seal, type WorkspaceKey } from '../crypto/seal'
import type { OutboxRow } from '../db/types'

/** Seals an outbox entry's content with the current key, right before it leaves the device. */
export async function toWire(entry: OutboxRow, key: WorkspaceKey): Promise<Mutation> {
  const m = entry.mutation
  const id = entry.mutationId
  switch (m.name) {
    case 'createItem': {
      const { id: itemId, content, meta } = m.args.item
      return { id, name: 'createItem', args: { item: { id: itemId, sealed: await seal(content, key), meta } } }
    }
    case 'updateItem': {
      const args: Extract<Mutation, { name: 'updateItem' }>['args'] = { id: m.args.id }
      if (m.args.content) args.sealed = await seal(m.args.content, key)
      if (m.args.meta) args.meta = m.args.meta
      return { id, name: 'updateItem', args }
    }
    case 'addComment':
      return {
        id,
        name: 'addComment',
        args: { itemId: m.args.itemId, comment: { id: m.args.comment.id, sealed: await seal(commentContent(m.args.comment), key) } },
      }
    case 'setStatus':
      return { id, name: 'setStatus', args: m.args }
    case 'deleteItem':
      return { id, name: 'deleteItem', args: m.args }
    case 'setPlaybook':
      // Sealed like item content: the server stores a category's instructions without reading them.
      return {
        id,
        name: 'setPlaybook',
        args: { category: m.args.category, sealed: m.args.text === null ? null : await seal({ text: m.args.text }, key) },
      }
  }
}

/** Only comments that bring files carry the field, so plain ones seal exactly as before. */
function commentContent(c: { text: string; files?: FileRef[] }): CommentContent {
  return c.files?.length ? { text: c.text, files: c.files } : { text: c.text }
}
