import { importKey, open } from '../../../extension/crypto/seal'
import { CommentContentSchema, ItemContentSchema } from '../../../shared/schema/content'
import type { Comment, Item } from '../../../shared/schema/item'
import { canTransition } from '../../../shared/status'
import type { Device, Member } from './device'
import { workerFetch } from '../worker-fetch'
import { snapshot, storedItemIds, type ServerSnapshot } from './server'
import type { World } from './world'

/** What two replicas must agree on, per item id, compared field by field. */
type Projection = Record<
  string,
  {
    status: string
    meta: unknown
    createdBy: string
    createdAt: number
    updatedAt: number
    statusTimes: unknown
    content: unknown
    comments: { id: string; authorId: string; createdAt: number; text: string | null }[]
  }
>

/**
 * Every invariant the run must keep, as a list of violations (empty when all hold), so one
 * failure report shows all of them at once.
 */
export async function checkInvariants(world: World): Promise<string[]> {
  const problems: string[] = [...world.violations]
  const server = await snapshot(world.workspaceId)
  const key = new Map([['k1', await importKey(new Uint8Array(world.key))]])
  checkMutationIds(world, server, problems)
  checkNoLossNoDuplicates(world, server, problems)
  checkStatusHistory(server, problems)
  const views = new Map<string, Projection>()
  for (const d of world.devices) {
    let expected = views.get(d.member.id)
    if (!expected) {
      expected = await serverView(d.member, key)
      views.set(d.member.id, expected)
    }
    const actual = await replicaView(d, problems)
    const diff = describeDiff(expected, actual)
    if (diff) problems.push(`${d.tag}: replica differs from the server: ${diff}`)
  }
  return problems
}

/** The server's last id per client is every mutation the device made, each applied once, in order. */
function checkMutationIds(world: World, server: ServerSnapshot, problems: string[]): void {
  for (const d of world.devices) {
    problems.push(...d.ackRegressions)
    const made = d.recorded.length
    const row = server.clients.find((c) => c.id === d.clientId)
    const lmid = row?.lastMutationId ?? 0
    if (lmid !== made) problems.push(`${d.tag}: server lastMutationId ${lmid}, device made ${made} mutations`)
    if (row && row.memberId !== d.member.id) problems.push(`${d.tag}: client owned by ${row.memberId}`)
    const ids = d.recorded.map((r) => r.mutationId)
    if (ids.some((id, i) => id !== i + 1)) problems.push(`${d.tag}: local mutation ids not 1..n: ${ids.join(',')}`)
    const moves = server.mutationLog.filter((m) => m.clientId === d.clientId)
    const steps = moves.map((m) => m.new)
    if (steps.some((id, i) => id !== i + 1) || moves.some((m, i) => m.old !== (i === 0 ? null : i))) {
      problems.push(`${d.tag}: mutations not applied exactly once in order: ${moves.map((m) => `${m.old}→${m.new}`).join(' ')}`)
    }
  }
}

function checkNoLossNoDuplicates(world: World, server: ServerSnapshot, problems: string[]): void {
  const all = world.devices.flatMap((d) => d.recorded.map((r) => ({ ...r, tag: d.tag })))
  const created = new Set(all.filter((r) => r.name === 'create').map((r) => r.itemId))
  const deletedByUs = new Set(all.filter((r) => r.name === 'delete').map((r) => r.itemId))
  const stored = new Map(server.items.map((i) => [i.id, i]))
  for (const r of all.filter((x) => x.name === 'create')) {
    if (!stored.has(r.itemId)) problems.push(`lost: ${r.tag} #${r.mutationId} created ${r.itemId}, which the server does not have`)
  }
  for (const i of server.items) {
    if (!created.has(i.id)) problems.push(`phantom item ${i.id} on the server`)
    if (i.deleted && !deletedByUs.has(i.id)) problems.push(`item ${i.id} deleted though nobody deleted it`)
  }
  const commentIds = new Set(all.filter((r) => r.commentId).map((r) => r.commentId!))
  const logged = new Map<string, number>()
  for (const c of server.commentLog) logged.set(c.commentId, (logged.get(c.commentId) ?? 0) + 1)
  for (const [id, n] of logged) {
    if (n > 1) problems.push(`comment ${id} written ${n} times`)
    if (!commentIds.has(id)) problems.push(`phantom comment ${id}`)
  }
  const present = new Set(server.comments.map((c) => c.id))
  for (const c of server.commentLog) {
    // A written comment leaves only with its item.
    if (!present.has(c.commentId) && !stored.get(c.itemId)?.deleted) problems.push(`lost comment ${c.commentId} on live item ${c.itemId}`)
  }
}

/** Every status change the server ever committed is a legal move, and the chain ends where the item is. */
function checkStatusHistory(server: ServerSnapshot, problems: string[]): void {
  const chains = new Map<string, { old: string | null; new: string }[]>()
  for (const e of server.statusLog) chains.set(e.itemId, [...(chains.get(e.itemId) ?? []), e])
  for (const item of server.items) {
    const chain = chains.get(item.id) ?? []
    if (chain[0]?.old !== null || chain[0]?.new !== 'new') problems.push(`${item.id}: history does not start with a creation as new`)
    for (let i = 1; i < chain.length; i++) {
      const { old, new: to } = chain[i]!
      if (old !== chain[i - 1]!.new) problems.push(`${item.id}: history broken at ${i}`)
      if (!old || !canTransition(old as never, to as never)) problems.push(`${item.id}: illegal transition ${old} → ${to}`)
    }
    if (chain.length && chain[chain.length - 1]!.new !== item.status)
      problems.push(`${item.id}: history ends at ${chain[chain.length - 1]!.new}, item is ${item.status}`)
    const times = item.statusTimes
    if (times[item.status] === undefined) problems.push(`${item.id}: no time for its status ${item.status}`)
    else if (Math.max(...Object.values(times)) !== times[item.status])
      problems.push(`${item.id}: status ${item.status} is not its latest move`)
    // Reopening a cancelled item moves `new` again, so it is the creation time or later.
    if (times.new === undefined || times.new < item.createdAt)
      problems.push(`${item.id}: statusTimes.new ${times.new} before createdAt ${item.createdAt}`)
  }
}

/** What a member may see, from a pull from scratch, opened with the workspace key. */
async function serverView(member: Member, keys: Map<string, CryptoKey>): Promise<Projection> {
  const items: Item[] = []
  const comments: Comment[] = []
  let cursor: string | undefined
  for (;;) {
    const res = await workerFetch(
      new Request(`http://relais.test/v1/sync/pull${cursor ? `?cursor=${cursor}` : ''}`, {
        headers: { authorization: `Bearer ${member.token}` },
      }),
    )
    if (res.status !== 200) throw new Error(`pull as ${member.name}: ${res.status}`)
    const page = (await res.json()) as { items: Item[]; comments: Comment[]; cursor: string; more?: boolean }
    items.push(...page.items)
    comments.push(...page.comments)
    cursor = page.cursor
    if (!page.more) break
  }
  const out: Projection = {}
  for (const i of items) {
    if (i.deleted) continue
    out[i.id] = {
      status: i.status,
      meta: i.meta,
      createdBy: i.createdBy,
      createdAt: i.createdAt,
      updatedAt: i.updatedAt,
      statusTimes: i.statusTimes,
      content: await open(i.sealed, keys, ItemContentSchema),
      comments: [],
    }
  }
  for (const c of comments) {
    const text = (await open(c.sealed, keys, CommentContentSchema))?.text ?? null
    out[c.itemId]?.comments.push({ id: c.id, authorId: c.authorId, createdAt: c.createdAt, text })
  }
  for (const p of Object.values(out)) p.comments.sort((a, b) => (a.id < b.id ? -1 : 1))
  return out
}

/** The same projection from a device's Dexie store, which must also hold nothing pending. */
async function replicaView(d: Device, problems: string[]): Promise<Projection> {
  const db = d.database
  const pending = await db.outbox.count()
  if (pending) problems.push(`${d.tag}: ${pending} outbox entries left`)
  const out: Projection = {}
  for (const i of await db.items.where('workspaceId').equals(d.workspaceId).toArray()) {
    if (i.pending || i.deleted) problems.push(`${d.tag}: item ${i.id} left pending=${i.pending} deleted=${i.deleted}`)
    out[i.id] = {
      status: i.status,
      meta: i.meta,
      createdBy: i.createdBy,
      createdAt: i.createdAt,
      updatedAt: i.updatedAt,
      statusTimes: i.statusTimes,
      content: i.content,
      comments: [],
    }
  }
  for (const c of await db.comments.where('workspaceId').equals(d.workspaceId).toArray()) {
    const item = out[c.itemId]
    if (!item) {
      problems.push(`${d.tag}: comment ${c.id} (pending=${c.pending}) on item ${c.itemId}, which the device does not show`)
      continue
    }
    if (c.pending) problems.push(`${d.tag}: comment ${c.id} left pending`)
    item.comments.push({ id: c.id, authorId: c.authorId, createdAt: c.createdAt, text: c.text })
  }
  for (const p of Object.values(out)) p.comments.sort((a, b) => (a.id < b.id ? -1 : 1))
  return out
}

/** A short description of how two projections differ, or '' when they are equal. */
function describeDiff(expected: Projection, actual: Projection): string {
  const out: string[] = []
  for (const id of Object.keys(expected)) if (!(id in actual)) out.push(`missing ${id}`)
  for (const id of Object.keys(actual)) if (!(id in expected)) out.push(`extra ${id}`)
  for (const id of Object.keys(expected)) {
    if (!(id in actual)) continue
    const e = expected[id]!
    const a = actual[id]!
    for (const field of Object.keys(e) as (keyof typeof e)[]) {
      if (canonical(e[field]) !== canonical(a[field]))
        out.push(`${id}.${field}: server ${canonical(e[field])}, device ${canonical(a[field])}`)
    }
  }
  return out.slice(0, 12).join('; ')
}

/** JSON with sorted keys, so key order (schema output vs stored object) never counts. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  )
}

/**
 * Invariants that must hold at every moment, not only after settling: a pull never hides an
 * item whose creation is still in the outbox (S4), and an item whose creation the server
 * acknowledged is on the server, whatever happened since (evictions, planted faults).
 */
export async function checkDuring(world: World, withServer: boolean): Promise<string[]> {
  const problems: string[] = []
  for (const d of world.devices) {
    const db = d.database
    await db.transaction('r', [db.outbox, db.items], async () => {
      const entries = await db.outbox.orderBy('seq').toArray()
      for (const [i, e] of entries.entries()) {
        if (e.mutation.name !== 'createItem') continue
        const id = e.mutation.args.item.id
        const deletedLater = entries.slice(i + 1).some((x) => x.mutation.name === 'deleteItem' && x.mutation.args.id === id)
        if (!deletedLater && !(await db.items.get(id)))
          problems.push(`step ${world.step}: ${d.tag} hides ${id}, whose creation #${e.mutationId} is pending`)
      }
    })
  }
  if (withServer) {
    const stored = await storedItemIds(world.workspaceId)
    for (const d of world.devices) {
      for (const r of d.recorded) {
        if (r.name === 'create' && r.mutationId <= d.acked && !stored.has(r.itemId)) {
          problems.push(`step ${world.step}: ${d.tag} #${r.mutationId} created ${r.itemId}, acknowledged, not on the server`)
        }
      }
    }
  }
  return problems
}
