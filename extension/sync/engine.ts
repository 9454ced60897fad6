import { LIMITS } from '../../shared/limits'
import { PROTOCOL_VERSION } from '../../shared/protocol-version'
import { CommentContentSchema, ItemContentSchema } from '../../shared/schema/content'
import type { Item, Comment } from '../../shared/schema/item'
import type { PullResponse } from '../../shared/schema/sync'
import { open } from '../crypto/seal'
import { db } from '../db/database'
import type { CommentRow, ItemRow, OutboxRow, SyncStatusRow, WorkspaceRow } from '../db/types'
import { applyLocal } from './apply-local'
import { uploadFiles } from './file-upload'
import { storeGovernance } from './governance'
import { loadKeyRing, type KeyRing } from './keys'
import { pendingKey } from './local-mutation'
import { sortKey } from './sort-key'
import { toWire } from './to-wire'
import type { SyncTransport, TransportFailure } from './transport'

export type SyncOutcome =
  | { state: 'synced'; changed: string[] }
  | { state: 'offline'; message: string }
  | { state: 'error'; message: string; retryAfter?: number }
  | { state: 'revoked' }

/**
 * One round for one workspace: push the outbox in order, then pull everything since the
 * cursor and lay the still-pending changes over it. All state is read from and written to
 * Dexie, so the service worker may die between any two steps and resume where it was.
 */
export async function syncWorkspace(workspaceId: string, transport: SyncTransport): Promise<SyncOutcome> {
  const ws = await db().workspaces.get(workspaceId)
  if (!ws) return { state: 'error', message: 'unknown workspace' }
  const keys = await loadKeyRing(workspaceId)
  if (!keys) return { state: 'error', message: 'this device has no key for the workspace' }
  // Only a first pull is long enough to show: a quiet write saves every other round a store write.
  if (ws.cursor === null) await setStatus(workspaceId, 'syncing', null)

  const pushed = await pushOutbox(ws, keys, transport)
  if (pushed) return finish(workspaceId, pushed)
  const pulled = await pullAll(ws, transport)
  if ('kind' in pulled) return finish(workspaceId, failure(pulled))
  // Items first: they are what the user waits for; their history and playbooks follow.
  const changed = await applyPull(ws, keys, pulled)
  await storeGovernance(ws, keys, pulled)
  // Files last: their items are on the server now, and a 25 MiB upload must not hold up the pull.
  const stalled = transport.files ? await uploadFiles(ws, keys, transport.files) : null
  if (stalled) return finish(workspaceId, failure(stalled))
  return finish(workspaceId, { state: 'synced', changed })
}

/** Pushes in order; mutation n+1 never leaves before the server has acknowledged n. */
async function pushOutbox(ws: WorkspaceRow, keys: KeyRing, transport: SyncTransport): Promise<SyncOutcome | null> {
  for (;;) {
    const entries = await db()
      .outbox.where('[workspaceId+mutationId]')
      .between([ws.id, 0], [ws.id, Infinity])
      .limit(LIMITS.mutationsPerPush)
      .toArray()
    if (entries.length === 0) return null
    const mutations = await Promise.all(entries.map((e) => toWire(e, keys.current)))
    const result = await transport.push({ protocolVersion: PROTOCOL_VERSION, clientId: ws.clientId, mutations })
    if (!result.ok) {
      if (
        result.kind === 'http' &&
        result.code === 'mutation_gap' &&
        result.expected !== undefined &&
        result.expected > entries[0]!.mutationId
      ) {
        // The server already applied these (our acknowledgement was lost): drop and go on.
        await dropAcknowledged(ws.id, result.expected - 1)
        continue
      }
      return failure(result)
    }
    await dropAcknowledged(ws.id, result.value.lastMutationId)
  }
}

async function dropAcknowledged(workspaceId: string, lastMutationId: number): Promise<void> {
  const d = db()
  await d.transaction('rw', [d.outbox, d.workspaces], async () => {
    const dropped = await d.outbox
      .where('[workspaceId+mutationId]')
      .between([workspaceId, 0], [workspaceId, lastMutationId], true, true)
      .delete()
    if (dropped > 0) await d.workspaces.update(workspaceId, { ackedSinceCheck: 1 })
  })
}

/** Pulls page after page until the server has nothing more, then applies them as one. */
async function pullAll(ws: WorkspaceRow, transport: SyncTransport): Promise<PullResponse | TransportFailure> {
  let cursor = ws.cursor
  let merged: PullResponse | null = null
  for (let page = 0; page < 10_000; page++) {
    const result = await transport.pull(cursor)
    if (!result.ok) return result
    const r = result.value
    merged = merged
      ? {
          ...r,
          reset: merged.reset,
          items: merged.items.concat(r.items),
          comments: merged.comments.concat(r.comments),
          playbooks: merged.playbooks.concat(r.playbooks),
          events: merged.events.concat(r.events),
        }
      : r
    cursor = r.cursor
    if (!r.more) break
  }
  return merged!
}

async function openItems(items: Item[], keys: KeyRing) {
  return Promise.all(
    items.map(async (item) => ({ item, content: item.deleted ? null : await open(item.sealed, keys.all, ItemContentSchema) })),
  )
}

async function openComments(comments: Comment[], keys: KeyRing, workspaceId: string): Promise<CommentRow[]> {
  return Promise.all(
    comments.map(async (c) => {
      const content = await open(c.sealed, keys.all, CommentContentSchema)
      return {
        id: c.id,
        itemId: c.itemId,
        workspaceId,
        text: content?.text ?? null,
        ...(content?.files ? { files: content.files } : {}),
        authorId: c.authorId,
        createdAt: c.createdAt,
        pending: 0 as const,
      }
    }),
  )
}

/** Writes the server's state, drops what it has applied, and re-applies what it has not. */
async function applyPull(ws: WorkspaceRow, keys: KeyRing, r: PullResponse): Promise<string[]> {
  const opened = await openItems(r.items, keys)
  const comments = await openComments(r.comments, keys, ws.id)
  const d = db()
  const changed: string[] = []
  await d.transaction('rw', [d.workspaces, d.items, d.comments, d.outbox], async () => {
    const current = await d.workspaces.get(ws.id)
    if (!current) return
    // Read what the device had before anything is replaced: one bulk read, not one per item
    // (10,000 sequential gets and puts took seconds on a fresh device's first pull).
    const befores = await d.items.bulkGet(opened.map((o) => o.item.id))
    // A device's very first pull brings everything at once: none of it is news to badge.
    const firstSync = r.reset && (await d.items.where('workspaceId').equals(ws.id).count()) === 0
    if (r.reset) {
      await d.items.where('workspaceId').equals(ws.id).delete()
      await d.comments.where('workspaceId').equals(ws.id).delete()
    }
    const lmid = r.lastMutationIds[ws.clientId] ?? 0
    const dropped = await d.outbox.where('[workspaceId+mutationId]').between([ws.id, 0], [ws.id, lmid], true, true).delete()
    const pending = await d.outbox.where('[workspaceId+mutationId]').between([ws.id, 0], [ws.id, Infinity]).toArray()

    const touched = new Map<string, ItemRow | undefined>()
    const gone: string[] = []
    opened.forEach(({ item, content }, i) => {
      const before = befores[i]
      if (item.deleted) {
        touched.set(item.id, undefined)
        gone.push(item.id)
        return
      }
      const row: ItemRow = {
        id: item.id,
        workspaceId: ws.id,
        content,
        meta: item.meta,
        status: item.status,
        createdBy: item.createdBy,
        createdAt: item.createdAt,
        updatedAt: item.updatedAt,
        statusTimes: item.statusTimes,
        deleted: 0,
        pending: 0,
        sortKey: sortKey(item.meta, item.createdAt),
        unseen: !firstSync && isNews(before, item, ws.memberId) ? 1 : (before?.unseen ?? 0),
      }
      if (!firstSync && (!before || before.updatedAt !== item.updatedAt)) changed.push(item.id)
      touched.set(item.id, row)
    })
    if (gone.length) await d.comments.where('itemId').anyOf(gone).delete()
    // Pending local changes go back on top of the server's state, in their original order.
    const actor = { id: current.memberId, role: current.role }
    for (const entry of pending) {
      const id = pendingKey(entry.mutation)
      if (!touched.has(id) && !r.reset) continue
      const base = touched.has(id) ? touched.get(id) : undefined
      touched.set(id, applyLocal(base, entry.mutation, actor, ws.id, entry.createdAt))
    }
    const keep: ItemRow[] = []
    const drop: string[] = []
    for (const [id, row] of touched) {
      if (row && row.deleted === 0) keep.push(row)
      else drop.push(id)
    }
    if (keep.length) await d.items.bulkPut(keep)
    if (drop.length) await d.items.bulkDelete(drop)
    if (comments.length) await d.comments.bulkPut(comments)
    // A device's first pull has no local rows, so nothing of its own can have been refused.
    // Only an acknowledgement can leave a refused change behind; without one there is nothing to scan
    // for (a row from before the flag existed is scanned once).
    const unsettled = current.ackedSinceCheck !== 0 || dropped > 0
    const refused = firstSync || !unsettled ? { comments: [], items: false } : await refusedLeftovers(ws.id, pending, touched, comments)
    await d.comments.bulkDelete(refused.comments)
    // Without a reset such rows would show the refused change for ever: no later pull carries them.
    await d.workspaces.update(ws.id, { cursor: refused.items ? null : r.cursor, members: r.members, ackedSinceCheck: 0 })
  })
  return changed
}

/**
 * What a refused mutation left on the device once its outbox entry is gone. An accepted change
 * always comes back in the pull after its acknowledgement (the server gives it a new version),
 * so a row still marked pending that no outbox entry explains and this pull did not bring was
 * refused: a comment is dropped; an item (refused without any server change to it, e.g. its new
 * assignee was revoked meanwhile) has an unknown server state, so the next pull starts over.
 */
async function refusedLeftovers(
  workspaceId: string,
  pending: OutboxRow[],
  touched: Map<string, ItemRow | undefined>,
  pulled: CommentRow[],
) {
  const d = db()
  const waiting = new Set(pending.map((e) => pendingKey(e.mutation)))
  const waitingComments = new Set(pending.flatMap((e) => (e.mutation.name === 'addComment' ? [e.mutation.args.comment.id] : [])))
  const arrived = new Set(pulled.map((c) => c.id))
  const comments = await d.comments
    .where('workspaceId')
    .equals(workspaceId)
    .filter((c) => c.pending === 1 && !waitingComments.has(c.id) && !arrived.has(c.id))
    .primaryKeys()
  const items = await d.items
    .where('workspaceId')
    .equals(workspaceId)
    .filter((i) => i.pending === 1 && !touched.has(i.id) && !waiting.has(i.id))
    .count()
  return { comments, items: items > 0 }
}

/** Worth a badge: an item someone else made or moved since this device last saw it. */
function isNews(before: ItemRow | undefined, item: Item, me: string): boolean {
  if (!before) return item.createdBy !== me
  return before.updatedAt !== item.updatedAt && before.pending === 0 && (before.status !== item.status || before.updatedAt < item.updatedAt)
}

function failure(f: TransportFailure): SyncOutcome {
  if (f.kind === 'offline') return { state: 'offline', message: f.message }
  if (f.status === 401) return { state: 'revoked' }
  return { state: 'error', message: `${f.code}: ${f.message}`, retryAfter: f.retryAfter }
}

async function finish(workspaceId: string, outcome: SyncOutcome): Promise<SyncOutcome> {
  if (outcome.state === 'revoked') return outcome
  await setStatus(workspaceId, outcome.state, 'message' in outcome ? outcome.message : null)
  return outcome
}

/** Writes the status line, unless it already says this: every page watches it, so a write costs them a render. */
async function setStatus(workspaceId: string, state: SyncStatusRow['state'], message: string | null): Promise<void> {
  const [pending, before] = await Promise.all([
    db().outbox.where('workspaceId').equals(workspaceId).count(),
    db().syncStatus.get(workspaceId),
  ])
  if (before && before.state === state && before.message === message && before.pending === pending && before.retryAt === null) return
  await db().syncStatus.put({ workspaceId, state, pending, message, at: Date.now(), retryAt: null })
}
