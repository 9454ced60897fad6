import { runInDurableObject } from 'cloudflare:test'
import type { WorkspaceObject } from '../../../worker/src/workspace/object'
import type { WorkspaceStore } from '../../../worker/src/workspace/store'
import { stubOf } from '../../worker/helpers'

/**
 * A flight recorder inside the workspace's own SQLite: triggers log every status change, every
 * move of a client's last mutation id and every comment written. They run inside the worker's
 * transactions, so they commit and roll back with the change itself, and survive evictions.
 * The worker does not know they exist; the checks read them after the run.
 */
const RECORDER = [
  'CREATE TABLE t_status_log (seq INTEGER PRIMARY KEY, item_id TEXT NOT NULL, old TEXT, new TEXT NOT NULL)',
  `CREATE TRIGGER t_status_insert AFTER INSERT ON items BEGIN
     INSERT INTO t_status_log (item_id, old, new) VALUES (NEW.id, NULL, NEW.status); END`,
  `CREATE TRIGGER t_status_update AFTER UPDATE OF status ON items WHEN OLD.status IS NOT NEW.status BEGIN
     INSERT INTO t_status_log (item_id, old, new) VALUES (NEW.id, OLD.status, NEW.status); END`,
  'CREATE TABLE t_mutation_log (seq INTEGER PRIMARY KEY, client_id TEXT NOT NULL, old INTEGER, new INTEGER NOT NULL)',
  `CREATE TRIGGER t_client_insert AFTER INSERT ON clients BEGIN
     INSERT INTO t_mutation_log (client_id, old, new) VALUES (NEW.id, NULL, NEW.last_mutation_id); END`,
  `CREATE TRIGGER t_client_update AFTER UPDATE OF last_mutation_id ON clients BEGIN
     INSERT INTO t_mutation_log (client_id, old, new) VALUES (NEW.id, OLD.last_mutation_id, NEW.last_mutation_id); END`,
  'CREATE TABLE t_comment_log (seq INTEGER PRIMARY KEY, comment_id TEXT NOT NULL, item_id TEXT NOT NULL)',
  `CREATE TRIGGER t_comment_insert AFTER INSERT ON comments BEGIN
     INSERT INTO t_comment_log (comment_id, item_id) VALUES (NEW.id, NEW.item_id); END`,
]

export async function installRecorder(workspaceId: string): Promise<void> {
  await runInDurableObject(stubOf(workspaceId), (_instance, state) => {
    for (const statement of RECORDER) state.storage.sql.exec(statement)
  })
}

export type ServerSnapshot = {
  items: { id: string; status: string; deleted: boolean; statusTimes: Record<string, number>; createdAt: number }[]
  comments: { id: string; itemId: string }[]
  clients: { id: string; memberId: string; lastMutationId: number }[]
  statusLog: { itemId: string; old: string | null; new: string }[]
  mutationLog: { clientId: string; old: number | null; new: number }[]
  commentLog: { commentId: string; itemId: string }[]
}

export async function snapshot(workspaceId: string): Promise<ServerSnapshot> {
  return runInDurableObject(stubOf(workspaceId), (_instance, state) => {
    const rows = (q: string) => state.storage.sql.exec(q).toArray()
    return {
      items: rows('SELECT id, status, deleted, status_times, created_at FROM items ORDER BY id').map((r) => ({
        id: String(r.id),
        status: String(r.status),
        deleted: Number(r.deleted) === 1,
        statusTimes: JSON.parse(String(r.status_times)) as Record<string, number>,
        createdAt: Number(r.created_at),
      })),
      comments: rows('SELECT id, item_id FROM comments ORDER BY id').map((r) => ({ id: String(r.id), itemId: String(r.item_id) })),
      clients: rows('SELECT id, member_id, last_mutation_id FROM clients ORDER BY id').map((r) => ({
        id: String(r.id),
        memberId: String(r.member_id),
        lastMutationId: Number(r.last_mutation_id),
      })),
      statusLog: rows('SELECT item_id, old, new FROM t_status_log ORDER BY seq').map((r) => ({
        itemId: String(r.item_id),
        old: r.old === null ? null : String(r.old),
        new: String(r.new),
      })),
      mutationLog: rows('SELECT client_id, old, new FROM t_mutation_log ORDER BY seq').map((r) => ({
        clientId: String(r.client_id),
        old: r.old === null ? null : Number(r.old),
        new: Number(r.new),
      })),
      commentLog: rows('SELECT comment_id, item_id FROM t_comment_log ORDER BY seq').map((r) => ({
        commentId: String(r.comment_id),
        itemId: String(r.item_id),
      })),
    }
  })
}

/** Just the ids of the stored items (live or tombstones): cheap enough to check every few steps. */
export async function storedItemIds(workspaceId: string): Promise<Set<string>> {
  return runInDurableObject(
    stubOf(workspaceId),
    (_instance, state) =>
      new Set(
        state.storage.sql
          .exec('SELECT id FROM items')
          .toArray()
          .map((r) => String(r.id)),
      ),
  )
}

const storeOf = (instance: WorkspaceObject) => (instance as unknown as { store: WorkspaceStore }).store

export type StoreWrite = 'putItem' | 'putComment' | 'setLastMutationId'

/**
 * Makes the n-th call of a store write throw inside its transaction, once, as a bug or a
 * storage error partway through a push would. The object's next eviction removes it.
 */
export async function plantThrow(workspaceId: string, method: StoreWrite, n: number): Promise<void> {
  await runInDurableObject(stubOf(workspaceId), (instance: WorkspaceObject) => {
    const store = storeOf(instance)
    const original = store[method]
    let calls = 0
    ;(store as unknown as Record<StoreWrite, (...args: unknown[]) => unknown>)[method] = function (
      this: WorkspaceStore,
      ...args: unknown[]
    ) {
      calls++
      if (calls === n) {
        store[method] = original as never
        throw new Error('planted fault')
      }
      return (original as (...a: unknown[]) => unknown).apply(store, args)
    }
  })
}

/** Makes the object abort itself (an eviction mid-transaction) at its n-th item write. */
export async function plantAbort(workspaceId: string, n: number): Promise<void> {
  await runInDurableObject(stubOf(workspaceId), (instance: WorkspaceObject, state) => {
    const store = storeOf(instance)
    const original = store.putItem
    let calls = 0
    store.putItem = (item) => {
      calls++
      if (calls === n) state.abort('planted eviction')
      return original.call(store, item)
    }
  })
}
