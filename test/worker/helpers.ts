import { env, exports } from 'cloudflare:workers'
import { PROTOCOL_VERSION } from '../../shared/protocol-version'
import type { Meta, Status } from '../../shared/schema/item'
import type { Mutation } from '../../shared/schema/sync'

/** Calls the worker exactly as an outside client would, through its fetch handler. */
export async function call(
  method: string,
  path: string,
  opts: { token?: string; body?: unknown; raw?: BodyInit; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = { ...(opts.headers ?? {}) }
  if (opts.token) headers.authorization = `Bearer ${opts.token}`
  let body: BodyInit | undefined = opts.raw
  if (opts.body !== undefined) {
    body = JSON.stringify(opts.body)
    headers['content-type'] ??= 'application/json; charset=utf-8'
  }
  const res = await exports.default.fetch(new Request(`http://relais.test${path}`, { method, headers, body }))
  const text = await res.text()
  let json: any = null
  try {
    json = text ? JSON.parse(text) : null
  } catch {
    json = text
  }
  return { status: res.status, json, text, headers: res.headers }
}

export type Session = { workspace: { id: string; name: string }; member: { id: string; role: string; displayName: string }; token: string }

export async function createWorkspace(name = 'Acme', displayName = 'Claire (CEO)'): Promise<Session> {
  const r = await call('POST', '/v1/workspaces', { body: { name, displayName } })
  if (r.status !== 201) throw new Error(`create failed ${r.status} ${JSON.stringify(r.json)}`)
  return r.json
}

export async function invite(execToken: string, role: 'assistant' | 'executive' = 'assistant', displayName = 'Sam'): Promise<Session> {
  const inv = await call('POST', '/v1/invites', { token: execToken, body: { role } })
  if (inv.status !== 201) throw new Error(`invite failed ${inv.status}`)
  // A fresh caller address each time, so helpers never eat into the invite-guessing budget.
  const acc = await call('POST', '/v1/invites/accept', {
    body: { code: inv.json.code, displayName },
    headers: { 'cf-connecting-ip': uid('ip') },
  })
  if (acc.status !== 201) throw new Error(`accept failed ${acc.status}`)
  return acc.json
}

/** A workspace with one executive and one assistant. */
export async function team() {
  const exec = await createWorkspace()
  const assistant = await invite(exec.token)
  return { exec, assistant }
}

let seq = 0
export function uid(prefix = 'id'): string {
  seq++
  return `${prefix}-${seq}-${Math.random().toString(36).slice(2, 8)}`
}

export const sealed = (text: string) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')

export const meta = (over: Partial<Meta> = {}): Meta => ({
  priority: 'normal',
  dueAt: null,
  assigneeId: null,
  category: null,
  confidential: false,
  ...over,
})

/** Mutations without their id: a Device numbers them as a real client would. */
export type Op = Omit<Mutation, 'id'>
export const op = {
  create: (itemId: string, over: Partial<Meta> = {}, text = 'a clipped mail'): Op => ({
    name: 'createItem',
    args: { item: { id: itemId, sealed: sealed(text), meta: meta(over) } },
  }),
  update: (id: string, patch: { sealed?: string; meta?: Partial<Meta> }): Op => ({ name: 'updateItem', args: { id, ...patch } }),
  status: (id: string, status: Status): Op => ({ name: 'setStatus', args: { id, status } }),
  comment: (itemId: string, commentId: string, text = 'a comment'): Op => ({
    name: 'addComment',
    args: { itemId, comment: { id: commentId, sealed: sealed(text) } },
  }),
  remove: (id: string): Op => ({ name: 'deleteItem', args: { id } }),
}

/** One client (device) of one member: numbers its mutations 1, 2, 3… like Replicache. */
export class Device {
  next = 1
  constructor(
    readonly token: string,
    readonly clientId = uid('client'),
  ) {}

  numbered(ops: Op[]): Mutation[] {
    return ops.map((o) => ({ ...o, id: this.next++ }) as Mutation)
  }

  push(...ops: Op[]) {
    return push(this.token, this.clientId, this.numbered(ops))
  }

  /** Pushes and insists it worked, returning the rejected list. */
  async ok(...ops: Op[]): Promise<{ id: number; code: string }[]> {
    const r = await this.push(...ops)
    if (r.status !== 200) throw new Error(`push failed ${r.status} ${JSON.stringify(r.json)}`)
    return r.json.rejected
  }
}

export function push(token: string, clientId: string, mutations: unknown[], protocolVersion = PROTOCOL_VERSION) {
  return call('POST', '/v1/sync/push', { token, body: { protocolVersion, clientId, mutations } })
}

export function pull(token: string, cursor?: string) {
  return call('GET', `/v1/sync/pull${cursor !== undefined ? `?cursor=${encodeURIComponent(cursor)}` : ''}`, { token })
}

/** Pulls from the start and insists it worked. */
export async function state(token: string) {
  const r = await pull(token)
  if (r.status !== 200) throw new Error(`pull failed ${r.status}`)
  return r.json as {
    cursor: string
    items: any[]
    comments: any[]
    members: any[]
    lastMutationIds: Record<string, number>
    reset: boolean
    more?: boolean
  }
}

/** The workspace's Durable Object, for looking at (or tampering with) its storage. */
export function stubOf(workspaceId: string) {
  return env.WORKSPACES.get(env.WORKSPACES.idFromName(workspaceId))
}

/** Every cell of every table of a workspace's SQLite storage, as `table.column` → values. */
export function dumpCells(sql: SqlStorage): { where: string; value: string }[] {
  const out: { where: string; value: string }[] = []
  const tables = sql
    .exec("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%'")
    .toArray()
  for (const t of tables) {
    for (const row of sql.exec(`SELECT * FROM "${String(t.name)}"`)) {
      for (const [column, value] of Object.entries(row)) {
        if (value !== null)
          out.push({
            where: `${String(t.name)}.${column}`,
            value: value instanceof ArrayBuffer ? new TextDecoder().decode(value) : String(value),
          })
      }
    }
  }
  return out
}

/** A live socket with its messages queued, so a test can wait for the next one. */
export class LiveSocket {
  readonly messages: any[] = []
  closed: { code: number; reason: string } | null = null
  private waiters: (() => void)[] = []

  constructor(
    readonly ws: WebSocket,
    readonly response: Response,
  ) {
    ws.accept()
    ws.addEventListener('message', (e) => {
      this.messages.push(JSON.parse(String(e.data)))
      this.wake()
    })
    ws.addEventListener('close', (e) => {
      this.closed = { code: e.code, reason: e.reason }
      this.wake()
    })
  }

  private wake() {
    const waiting = this.waiters
    this.waiters = []
    for (const w of waiting) w()
  }

  /** Resolves with the first message after `from` (an index into messages), or null after `ms`. */
  async next(from: number, ms = 2000): Promise<any | null> {
    const deadline = Date.now() + ms
    while (this.messages.length <= from && !this.closed) {
      const left = deadline - Date.now()
      if (left <= 0) return null
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left)
        this.waiters.push(() => {
          clearTimeout(timer)
          resolve()
        })
      })
    }
    return this.messages[from] ?? null
  }

  async waitClosed(ms = 2000) {
    const deadline = Date.now() + ms
    while (!this.closed && Date.now() < deadline) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, deadline - Date.now())
        this.waiters.push(() => {
          clearTimeout(timer)
          resolve()
        })
      })
    }
    return this.closed
  }

  close() {
    try {
      this.ws.close(1000, 'done')
    } catch {
      /* already closed */
    }
  }
}

/** Opens the live channel with the token in a header, or as a browser would, in the subprotocol. */
export async function openLive(token: string, how: 'header' | 'protocol' = 'header', extraProtocols: string[] = []) {
  const headers: Record<string, string> = { upgrade: 'websocket' }
  if (how === 'header') headers.authorization = `Bearer ${token}`
  else headers['sec-websocket-protocol'] = [...extraProtocols, `bearer.${token}`].join(', ')
  const res = await exports.default.fetch(new Request('http://relais.test/v1/sync/live', { headers }))
  if (!res.webSocket) return { res, live: null }
  return { res, live: new LiveSocket(res.webSocket, res) }
}
