import type { Comment, Item } from '../../../shared/schema/item'
import type { Mutation, PullResponse, PushRequest, PushResponse } from '../../../shared/schema/sync'
import type { SyncTransport, TransportResult } from '../../../extension/sync/transport'

/**
 * A tiny in-memory stand-in for the worker's push/pull semantics (lmid per client, versions,
 * tombstones), enough to drive the engine through replays, gaps, rejections and resets.
 * The real worker is exercised by the workerd and end-to-end suites.
 */
export class FakeServer {
  items = new Map<string, Item & { version: number }>()
  comments = new Map<string, Comment & { version: number }>()
  lmids = new Map<string, number>()
  version = 0
  epoch = 'e1'
  offline = false
  /** Mutation ids to refuse, as the server would refuse a forbidden change. */
  refuse = new Set<number>()
  pushes: PushRequest[] = []
  /** Drop the next push's answer after applying it (a lost acknowledgement). */
  loseNextAck = false

  transport(): SyncTransport {
    return {
      push: async (body) => this.push(body),
      pull: async (cursor) => this.pull(cursor),
    }
  }

  private push(body: PushRequest): TransportResult<PushResponse> {
    if (this.offline) return { ok: false, kind: 'offline', message: 'offline' }
    this.pushes.push(structuredClone(body))
    let last = this.lmids.get(body.clientId) ?? 0
    const rejected: { id: number; code: string }[] = []
    for (const m of body.mutations) {
      if (m.id <= last) continue
      if (m.id !== last + 1) return { ok: false, kind: 'http', status: 409, code: 'mutation_gap', message: 'gap', expected: last + 1 }
      if (this.refuse.has(m.id)) rejected.push({ id: m.id, code: 'forbidden' })
      else this.apply(m)
      last = m.id
      this.lmids.set(body.clientId, last)
    }
    if (this.loseNextAck) {
      this.loseNextAck = false
      return { ok: false, kind: 'offline', message: 'response lost' }
    }
    return { ok: true, value: { lastMutationId: last, rejected } }
  }

  private apply(m: Mutation): void {
    const now = Date.now()
    const v = ++this.version
    switch (m.name) {
      case 'createItem':
        this.items.set(m.args.item.id, {
          id: m.args.item.id,
          sealed: m.args.item.sealed,
          meta: m.args.item.meta,
          status: 'new',
          createdBy: 'me',
          createdAt: now,
          updatedAt: now,
          statusTimes: { new: now },
          deleted: false,
          version: v,
        })
        return
      case 'updateItem': {
        const it = this.items.get(m.args.id)!
        this.items.set(it.id, {
          ...it,
          sealed: m.args.sealed ?? it.sealed,
          meta: { ...it.meta, ...m.args.meta },
          updatedAt: now,
          version: v,
        })
        return
      }
      case 'setStatus': {
        const it = this.items.get(m.args.id)!
        this.items.set(it.id, {
          ...it,
          status: m.args.status,
          statusTimes: { ...it.statusTimes, [m.args.status]: now },
          updatedAt: now,
          version: v,
        })
        return
      }
      case 'addComment':
        this.comments.set(m.args.comment.id, {
          id: m.args.comment.id,
          itemId: m.args.itemId,
          sealed: m.args.comment.sealed,
          authorId: 'me',
          createdAt: now,
          version: v,
        })
        return
      case 'deleteItem': {
        const it = this.items.get(m.args.id)!
        this.items.set(it.id, { ...it, sealed: '', deleted: true, version: v })
      }
    }
  }

  private pull(cursor: string | null): TransportResult<PullResponse> {
    if (this.offline) return { ok: false, kind: 'offline', message: 'offline' }
    const match = cursor ? /^(\w+)\.(\d+)$/.exec(cursor) : null
    const since = match && match[1] === this.epoch ? Number(match[2]) : null
    const from = since ?? 0
    const strip = <T extends { version: number }>({ version: _v, ...rest }: T) => rest
    return {
      ok: true,
      value: {
        cursor: `${this.epoch}.${this.version}`,
        items: [...this.items.values()].filter((i) => i.version > from && !(since === null && i.deleted)).map(strip),
        comments: [...this.comments.values()].filter((c) => c.version > from).map(strip),
        members: [{ id: 'me', role: 'executive', displayName: 'Me', revoked: false }],
        lastMutationIds: Object.fromEntries(this.lmids),
        reset: since === null,
        playbooks: [],
        events: [],
      },
    }
  }
}
