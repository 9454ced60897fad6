// The outbox writer: every user action on items and playbooks, recorded on the device first.
import { checkMutation } from '../../shared/rights'
import type { ItemContent } from '../../shared/schema/content'
import type { Meta, MetaPatch, Status } from '../../shared/schema/item'
import { db } from '../db/database'
import type { FileRef } from '../../shared/schema/files'
import type { LocalMutation } from '../db/types'
import { newId } from '../lib/ids'
import { sendToBackground } from '../lib/messaging'
import { applyLocal } from './apply-local'
import { fileRefs, queueUploads, type LocalFile } from './attachments'
import { pendingKey } from './local-mutation'

export class ActionError extends Error {}

type ItemMutation = Exclude<LocalMutation, { name: 'setPlaybook' }>

/**
 * Every user action: the item's new view and its outbox entry are written in one Dexie
 * transaction, at once, online or not. The background pushes the outbox later.
 */
async function record(
  workspaceId: string,
  make: ItemMutation | ((refs: FileRef[]) => ItemMutation),
  files: LocalFile[] = [],
): Promise<void> {
  const d = db()
  await d.transaction('rw', [d.workspaces, d.items, d.comments, d.outbox, d.secrets, d.uploads, d.fileData], async () => {
    const ws = await d.workspaces.get(workspaceId)
    if (!ws) throw new ActionError('Unknown workspace')
    const now = Date.now()
    const refs = await fileRefs(workspaceId, files)
    const mutation = typeof make === 'function' ? make(refs) : make
    const itemId = pendingKey(mutation)
    const before = await d.items.get(itemId)
    const after = applyLocal(before, mutation, { id: ws.memberId, role: ws.role }, workspaceId, now)
    if (after === before) throw new ActionError('This change is not allowed')
    if (after) await d.items.put(after)
    if (mutation.name === 'addComment') {
      const { id, text, files: attached } = mutation.args.comment
      await d.comments.put({
        id,
        itemId,
        workspaceId,
        text,
        ...(attached ? { files: attached } : {}),
        authorId: ws.memberId,
        createdAt: now,
        pending: 1,
      })
    }
    await d.outbox.add({ workspaceId, mutationId: ws.nextMutationId, mutation, createdAt: now })
    if (refs.length) await queueUploads(workspaceId, itemId, ws.nextMutationId, refs, files, now)
    await d.workspaces.update(workspaceId, { nextMutationId: ws.nextMutationId + 1 })
  })
  requestSync(workspaceId)
}

/** Wakes the background to push at once; harmless if it is offline or already syncing. */
function requestSync(workspaceId: string): void {
  // A failure needs no handling: the background wakes on its alarm anyway.
  void sendToBackground({ type: 'sync-now', workspaceId })
}

/** A new item, with its attachments (their names and types sealed in its content). */
export async function createItem(workspaceId: string, content: ItemContent, meta: Meta, files: LocalFile[] = []): Promise<string> {
  const id = newId()
  await record(
    workspaceId,
    (refs) => ({ name: 'createItem', args: { item: { id, content: refs.length ? { ...content, files: refs } : content, meta } } }),
    files,
  )
  return id
}

/**
 * Files attached after the capture, by the executive or the assistant: they come in a comment,
 * which both may add (an assistant cannot edit the item), and upload once it is acknowledged.
 */
export async function attachFiles(workspaceId: string, itemId: string, files: LocalFile[], text = ''): Promise<string> {
  const id = newId()
  await record(workspaceId, (refs) => ({ name: 'addComment', args: { itemId, comment: { id, text, files: refs } } }), files)
  return id
}

export function updateItem(workspaceId: string, id: string, change: { content?: ItemContent; meta?: MetaPatch }): Promise<void> {
  return record(workspaceId, { name: 'updateItem', args: { id, ...change } })
}

export function setStatus(workspaceId: string, id: string, status: Status): Promise<void> {
  return record(workspaceId, { name: 'setStatus', args: { id, status } })
}

export async function addComment(workspaceId: string, itemId: string, text: string): Promise<string> {
  const id = newId()
  await record(workspaceId, { name: 'addComment', args: { itemId, comment: { id, text } } })
  return id
}

export function deleteItem(workspaceId: string, id: string): Promise<void> {
  return record(workspaceId, { name: 'deleteItem', args: { id } })
}

/**
 * Writes (text) or removes (null) a category's playbook. Not an item change, so not `record`:
 * the playbooks row and the outbox entry go in one transaction of their own. Executives only,
 * as the server checks too.
 */
export async function setPlaybook(workspaceId: string, category: string, text: string | null): Promise<void> {
  const d = db()
  await d.transaction('rw', [d.workspaces, d.playbooks, d.outbox], async () => {
    const ws = await d.workspaces.get(workspaceId)
    if (!ws) throw new ActionError('Unknown workspace')
    if (checkMutation({ id: ws.memberId, role: ws.role }, 'setPlaybook', null)) throw new ActionError('This change is not allowed')
    const now = Date.now()
    const mutationId = ws.nextMutationId
    // A removal stays as an empty row until the server's tombstone comes back (null means unreadable).
    await d.playbooks.put({
      workspaceId,
      category,
      text: text ?? '',
      updatedBy: ws.memberId,
      updatedAt: now,
      pendingMutationId: mutationId,
    })
    await d.outbox.add({ workspaceId, mutationId, mutation: { name: 'setPlaybook', args: { category, text } }, createdAt: now })
    await d.workspaces.update(workspaceId, { nextMutationId: mutationId + 1 })
  })
  requestSync(workspaceId)
}

export async function markSeen(id: string): Promise<void> {
  await db().items.update(id, { unseen: 0 })
}
