import { DurableObject } from 'cloudflare:workers'
import { LIMITS } from '../../../shared/limits'
import { MIN_SUPPORTED_PROTOCOL_VERSION, PROTOCOL_VERSION } from '../../../shared/protocol-version'
import { canSee, type Actor } from '../../../shared/rights'
import type { NewGlossaryTerm } from '../../../shared/schema/glossary'
import { DEFAULT_SLA_POLICY, SlaPolicySchema, type SlaPolicy } from '../../../shared/schema/sla'
import type { PostKeyRequest } from '../../../shared/schema/keys'
import type { PullResponse, PushRequest, PushResponse } from '../../../shared/schema/sync'
import type { Role, SessionResponse } from '../../../shared/schema/workspace'
import * as v from 'valibot'
import type { Bindings } from '../env'
import { fail, forbidden, notFound, ok, unauthorized, type Outcome } from '../outcome'
import { equalInConstantTime, hexToBytes, parseToken, randomId, sha256, sha256Hex } from '../tokens'
import { applyMutation, recur, type Audience } from './apply-mutation'
import { armAlarm, WorkspaceFiles, type FileGrant, type FileOp } from './files'
import { TokenBuckets } from './token-buckets'
import { formatCursor, pull } from './pull'
import { factsOf } from './rows'
import { WorkspaceStore } from './store'

type Me = Actor & { displayName: string }
type WsAttachment = { memberId: string }

/**
 * One workspace: its members, tokens, invites, items, comments, change log and live sockets.
 * Every public method authenticates first, so a revoked member's very next call is refused.
 */
export class WorkspaceObject extends DurableObject<Bindings> {
  private readonly store: WorkspaceStore
  private readonly buckets: TokenBuckets
  private readonly files: WorkspaceFiles
  private failedInvites: number[] = []

  constructor(ctx: DurableObjectState, env: Bindings) {
    super(ctx, env)
    this.store = new WorkspaceStore(ctx.storage.sql)
    this.files = new WorkspaceFiles(ctx.storage.sql, this.store, env, ctx.storage)
    this.buckets = new TokenBuckets(Number(env.RATE_LIMIT_BURST) || 300, (Number(env.RATE_LIMIT_PER_MINUTE) || 1200) / 60_000)
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair('ping', 'pong'))
  }

  private exists(): boolean {
    return this.store.get('workspace_id') !== null
  }

  private epoch(): string {
    return this.store.get('epoch') ?? ''
  }

  async create(workspaceId: string, name: string, displayName: string): Promise<Outcome<SessionResponse>> {
    if (this.exists()) return fail(409, 'conflict', 'Workspace already exists.')
    const now = Date.now()
    const memberId = randomId(12)
    const token = await this.newToken(workspaceId, memberId, now)
    this.ctx.storage.transactionSync(() => {
      this.store.init()
      this.store.set('workspace_id', workspaceId)
      this.store.set('name', name)
      this.store.set('epoch', randomId(6))
      this.store.set('created_at', String(now))
      this.store.exec('INSERT INTO members (id, role, display_name, revoked, created_at) VALUES (?, ?, ?, 0, ?)', memberId, 'executive', displayName, now)
      this.store.exec('INSERT INTO tokens (id, member_id, hash, created_at) VALUES (?, ?, ?, ?)', token.id, memberId, token.hash, now)
      this.store.nextVersion()
    })
    return ok({ workspace: { id: workspaceId, name }, member: { id: memberId, role: 'executive', displayName }, token: token.value })
  }

  private async newToken(workspaceId: string, memberId: string, _now: number) {
    const id = randomId(12)
    const secret = randomId(32)
    return { id, memberId, hash: await sha256Hex(secret), value: `${workspaceId}.${id}.${secret}` }
  }

  /** Finds the member behind a token, or null. The secret's hash is compared in constant time. */
  private async authenticate(token: string): Promise<Me | null> {
    const parsed = parseToken(token)
    if (!parsed || parsed.workspaceId !== this.store.get('workspace_id')) return null
    const presented = await sha256(parsed.secret)
    const row = this.store.exec('SELECT member_id, hash FROM tokens WHERE id = ?', parsed.tokenId)[0]
    if (!row || !equalInConstantTime(presented, hexToBytes(String(row.hash)))) return null
    const member = this.store.member(String(row.member_id))
    if (!member || member.revoked) return null
    return { id: member.id, role: member.role, displayName: member.displayName }
  }

  /** Authenticates and applies the per-token rate limit in one place for every call. */
  private async caller(token: string): Promise<Me | Outcome<never>> {
    const me = await this.authenticate(token)
    if (!me) return unauthorized()
    const wait = this.buckets.take(me.id, Date.now())
    if (wait > 0) return fail(429, 'rate_limited', 'Too many requests; slow down.', { retryAfter: Math.ceil(wait / 1000) })
    return me
  }

  async getWorkspace(token: string) {
    const me = await this.caller(token)
    if ('ok' in me) return me
    return ok({
      workspace: { id: this.store.get('workspace_id') ?? '', name: this.store.get('name') ?? '' },
      members: this.store.members(),
      me: { id: me.id, role: me.role },
    })
  }

  async createInvite(token: string, role: Role): Promise<Outcome<{ code: string; expiresAt: number }>> {
    const me = await this.caller(token)
    if ('ok' in me) return me
    if (me.role !== 'executive') return forbidden('Only an executive can invite.')
    const now = Date.now()
    const secret = randomId(16)
    const expiresAt = now + LIMITS.inviteTtlMs
    this.store.exec('INSERT INTO invites (hash, role, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?)', await sha256Hex(secret), role, me.id, now, expiresAt)
    return ok({ code: `${this.store.get('workspace_id')}.${secret}`, expiresAt })
  }

  async acceptInvite(secret: string, displayName: string): Promise<Outcome<SessionResponse>> {
    const now = Date.now()
    this.failedInvites = this.failedInvites.filter((t) => t > now - 60_000)
    const limit = Number(this.env.INVITE_ATTEMPTS_PER_MINUTE) || 20
    if (this.failedInvites.length >= limit) return fail(429, 'rate_limited', 'Too many invite attempts; wait a minute.', { retryAfter: 60 })
    const workspaceId = this.store.get('workspace_id')
    const hash = await sha256Hex(secret)
    const invite = workspaceId ? this.store.exec('SELECT role, expires_at, used_at FROM invites WHERE hash = ?', hash)[0] : undefined
    if (!workspaceId || !invite || invite.used_at !== null || Number(invite.expires_at) <= now) {
      this.failedInvites.push(now)
      return notFound('Unknown, used or expired invite code.')
    }
    const role: Role = invite.role === 'executive' ? 'executive' : 'assistant'
    const memberId = randomId(12)
    const token = await this.newToken(workspaceId, memberId, now)
    this.ctx.storage.transactionSync(() => {
      this.store.exec('UPDATE invites SET used_at = ? WHERE hash = ?', now, hash)
      this.store.exec('INSERT INTO members (id, role, display_name, revoked, created_at) VALUES (?, ?, ?, 0, ?)', memberId, role, displayName, now)
      this.store.exec('INSERT INTO tokens (id, member_id, hash, created_at) VALUES (?, ?, ?, ?)', token.id, memberId, token.hash, now)
      this.store.nextVersion()
    })
    this.poke('all')
    return ok({ workspace: { id: workspaceId, name: this.store.get('name') ?? '' }, member: { id: memberId, role, displayName }, token: token.value })
  }

  async revokeMember(token: string, memberId: string): Promise<Outcome<null>> {
    const me = await this.caller(token)
    if ('ok' in me) return me
    if (me.role !== 'executive') return forbidden('Only an executive can revoke a member.')
    const target = this.store.member(memberId)
    if (!target) return notFound('No such member.')
    if (target.revoked) return ok(null)
    if (target.role === 'executive') {
      const executives = this.store.members().filter((m) => m.role === 'executive' && !m.revoked)
      if (executives.length <= 1) return fail(409, 'last_executive', 'A workspace keeps at least one executive.')
    }
    this.ctx.storage.transactionSync(() => {
      this.store.exec('UPDATE members SET revoked = 1 WHERE id = ?', memberId)
      this.store.exec('DELETE FROM tokens WHERE member_id = ?', memberId)
      // Its devices get no envelope for the next key, and keep none of the past ones here.
      this.store.exec('DELETE FROM key_envelopes WHERE client_id IN (SELECT client_id FROM device_keys WHERE member_id = ?)', memberId)
      this.store.exec('DELETE FROM device_keys WHERE member_id = ?', memberId)
      this.store.nextVersion()
    })
    for (const ws of this.ctx.getWebSockets(memberId)) ws.close(4001, 'revoked')
    this.poke('all')
    return ok(null)
  }

  async push(token: string, body: PushRequest): Promise<Outcome<PushResponse>> {
    const me = await this.caller(token)
    if ('ok' in me) return me
    if (body.protocolVersion < MIN_SUPPORTED_PROTOCOL_VERSION || body.protocolVersion > PROTOCOL_VERSION) {
      return fail(400, 'unsupported_protocol', `Protocol ${body.protocolVersion} is not supported; this server speaks ${MIN_SUPPORTED_PROTOCOL_VERSION}–${PROTOCOL_VERSION}.`, { field: 'protocolVersion' })
    }
    const client = this.store.client(body.clientId)
    if (client && client.memberId !== me.id) return fail(403, 'client_forbidden', 'This client id belongs to another member.')
    const stored = client?.lastMutationId ?? 0
    let last = stored
    // Walk the push as the server would apply it: an id at or below the running last is a
    // replay, the next one is fresh, anything higher is a gap. A gap is refused before anything
    // is touched, so `expected` names the server's real next id (a client trusting a higher one
    // would drop mutations the server never saw).
    const fresh: PushRequest['mutations'] = []
    let next = stored + 1
    for (const m of body.mutations) {
      if (m.id < next) continue
      if (m.id > next) return fail(409, 'mutation_gap', `Expected mutation ${stored + 1}; mutation ${m.id} follows a gap.`, { expected: stored + 1 })
      fresh.push(m)
      next++
    }
    const rejected: { id: number; code: string }[] = []
    let audience: Audience = new Set()
    try {
      for (const m of fresh) {
        const now = Date.now()
        // One transaction per mutation: its effects and the client's last id commit together.
        const applied = this.ctx.storage.transactionSync(() => {
          const result = applyMutation(this.store, me, m, now)
          this.store.setLastMutationId(body.clientId, me.id, m.id, now)
          return result
        })
        last = m.id
        if (applied.rejected) rejected.push({ id: m.id, code: applied.rejected })
        audience = merge(audience, applied.audience)
      }
    } finally {
      // If a mutation throws, the ones before it are committed: their readers still need a poke.
      if (last > stored) {
        this.poke(audience)
        await this.scheduleRecurrence()
        await this.files.afterItemChanges()
      }
    }
    return ok({ lastMutationId: last, rejected })
  }

  /** Attachments: rights, quota and records (workspace/files.ts); the worker moves the bytes. */
  async fileOp(token: string, op: FileOp): Promise<Outcome<FileGrant>> {
    const me = await this.caller(token)
    if ('ok' in me) return me
    return this.files.handle(me, op)
  }

  async pull(token: string, cursor: string | undefined): Promise<Outcome<PullResponse>> {
    const me = await this.caller(token)
    if ('ok' in me) return me
    return ok(pull(this.store, me, this.epoch(), cursor))
  }

  /** A device publishes its public key; the client id becomes bound to the member if it was not. */
  async publishDeviceKey(token: string, clientId: string, publicKey: string): Promise<Outcome<null>> {
    const me = await this.caller(token)
    if ('ok' in me) return me
    const client = this.store.client(clientId)
    const device = this.store.exec('SELECT member_id FROM device_keys WHERE client_id = ?', clientId)[0]
    if ((client && client.memberId !== me.id) || (device && String(device.member_id) !== me.id)) {
      return fail(403, 'client_forbidden', 'This client id belongs to another member.')
    }
    const now = Date.now()
    this.ctx.storage.transactionSync(() => {
      if (!client) this.store.setLastMutationId(clientId, me.id, 0, now)
      this.store.exec(`INSERT INTO device_keys (client_id, member_id, public_key, created_at) VALUES (?, ?, ?, ?)
        ON CONFLICT(client_id) DO UPDATE SET public_key = excluded.public_key`, clientId, me.id, publicKey, now)
    })
    return ok(null)
  }

  async listDevices(token: string) {
    const me = await this.caller(token)
    if ('ok' in me) return me
    const rows = this.store.exec('SELECT d.client_id, d.member_id, d.public_key FROM device_keys d JOIN members m ON m.id = d.member_id WHERE m.revoked = 0 ORDER BY d.created_at')
    return ok({ devices: rows.map((r) => ({ clientId: String(r.client_id), memberId: String(r.member_id), publicKey: String(r.public_key) })) })
  }

  /** Stores a new key's envelopes, one per device; only devices of active members may get one. */
  async postKey(token: string, body: PostKeyRequest): Promise<Outcome<null>> {
    const me = await this.caller(token)
    if ('ok' in me) return me
    if (me.role !== 'executive') return forbidden('Only an executive rotates the workspace key.')
    const known = new Set(this.store.exec('SELECT d.client_id FROM device_keys d JOIN members m ON m.id = d.member_id WHERE m.revoked = 0').map((r) => String(r.client_id)))
    const unknown = body.envelopes.find((e) => !known.has(e.clientId))
    if (unknown) return fail(400, 'invalid_request', `No active device ${unknown.clientId}.`, { field: 'envelopes' })
    const now = Date.now()
    this.ctx.storage.transactionSync(() => {
      for (const e of body.envelopes) {
        this.store.exec(`INSERT INTO key_envelopes (key_id, client_id, wrapped, created_by, created_at) VALUES (?, ?, ?, ?, ?)
          ON CONFLICT(key_id, client_id) DO NOTHING`, body.keyId, e.clientId, e.wrapped, me.id, now)
      }
      this.store.nextVersion()
    })
    this.poke('all')
    return ok(null)
  }

  async keysFor(token: string, clientId: string) {
    const me = await this.caller(token)
    if ('ok' in me) return me
    const device = this.store.exec('SELECT member_id FROM device_keys WHERE client_id = ?', clientId)[0]
    if (!device || String(device.member_id) !== me.id) return ok({ envelopes: [] })
    const rows = this.store.exec('SELECT key_id, wrapped, created_by, created_at FROM key_envelopes WHERE client_id = ? ORDER BY created_at', clientId)
    return ok({ envelopes: rows.map((r) => ({ keyId: String(r.key_id), wrapped: String(r.wrapped), createdBy: String(r.created_by), createdAt: Number(r.created_at) })) })
  }

  async getSlaPolicy(token: string): Promise<Outcome<SlaPolicy>> {
    const me = await this.caller(token)
    if ('ok' in me) return me
    return ok(this.slaPolicy())
  }

  private slaPolicy(): SlaPolicy {
    const stored = this.store.get('sla_policy')
    if (!stored) return DEFAULT_SLA_POLICY
    const parsed = v.safeParse(v.pipe(v.string(), v.parseJson(), SlaPolicySchema), stored)
    return parsed.success ? parsed.output : DEFAULT_SLA_POLICY
  }

  async putSlaPolicy(token: string, policy: SlaPolicy): Promise<Outcome<SlaPolicy>> {
    const me = await this.caller(token)
    if ('ok' in me) return me
    if (me.role !== 'executive') return forbidden('Only an executive sets the SLA policy.')
    this.ctx.storage.transactionSync(() => {
      this.store.set('sla_policy', JSON.stringify(policy))
      this.store.nextVersion()
    })
    this.poke('all')
    return ok(policy)
  }

  /** Metadata only (never sealed content), for KPIs: what this member may see. */
  async kpiInput(token: string) {
    const me = await this.caller(token)
    if ('ok' in me) return me
    const items = this.store.liveItems().filter((i) => canSee(me, factsOf(i)))
    const lastComments: Record<string, number> = {}
    for (const row of this.store.exec('SELECT item_id, MAX(created_at) AS t FROM comments GROUP BY item_id')) {
      lastComments[String(row.item_id)] = Number(row.t)
    }
    return ok({
      items: items.map(({ sealed: _sealed, version: _version, ...rest }) => rest),
      policy: this.slaPolicy(),
      members: this.store.members(),
      lastComments,
    })
  }

  async glossaryTerms(token: string | null) {
    if (token === null) return ok([])
    const me = await this.caller(token)
    if ('ok' in me) return me
    return ok(this.store.exec('SELECT * FROM glossary_terms ORDER BY created_at, id').map((r) => ({
      id: String(r.id), term: String(r.term), aliases: parseAliases(r.aliases), definition: String(r.definition),
      lang: r.lang === 'en' ? 'en' as const : 'fr' as const, category: String(r.category), source: 'workspace' as const,
    })))
  }

  async addGlossaryTerm(token: string, term: NewGlossaryTerm) {
    const me = await this.caller(token)
    if ('ok' in me) return me
    if (me.role !== 'executive') return forbidden('Only an executive edits the workspace glossary.')
    const count = Number(this.store.exec('SELECT COUNT(*) AS n FROM glossary_terms')[0]?.n ?? 0)
    if (count >= 2000) return fail(409, 'glossary_full', 'A workspace glossary holds at most 2000 terms.')
    const id = `ws-${randomId(9)}`
    this.store.exec('INSERT INTO glossary_terms (id, term, aliases, definition, lang, category, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      id, term.term, JSON.stringify(term.aliases), term.definition, term.lang, term.category, Date.now())
    return ok({ ...term, id, source: 'workspace' as const })
  }

  async deleteGlossaryTerm(token: string, id: string): Promise<Outcome<null>> {
    const me = await this.caller(token)
    if ('ok' in me) return me
    if (me.role !== 'executive') return forbidden('Only an executive edits the workspace glossary.')
    const found = this.store.exec('SELECT id FROM glossary_terms WHERE id = ?', id).length > 0
    if (!found) return notFound('No such term.')
    this.store.exec('DELETE FROM glossary_terms WHERE id = ?', id)
    return ok(null)
  }

  /** Wakes the object at the earliest due date of an open recurring item, to bring its next occurrence. */
  private async scheduleRecurrence(): Promise<void> {
    const row = this.store.exec("SELECT MIN(due_at) AS t FROM items WHERE recurrence IS NOT NULL AND deleted = 0 AND status NOT IN ('done', 'cancelled') AND due_at IS NOT NULL")[0]
    const at = row && row.t !== null ? Number(row.t) : null
    if (at === null) return
    const current = await this.ctx.storage.getAlarm()
    if (current === null || current > at) await this.ctx.storage.setAlarm(Math.max(at, Date.now() + 1000))
  }

  /** Recurring items whose date came: their next occurrence appears, once (its id is derived from the date). */
  override async alarm(): Promise<void> {
    if (!this.exists()) return
    const now = Date.now()
    const due = this.store.exec("SELECT id FROM items WHERE recurrence IS NOT NULL AND deleted = 0 AND status NOT IN ('done', 'cancelled') AND due_at IS NOT NULL AND due_at <= ?", now)
    let created = false
    this.ctx.storage.transactionSync(() => {
      for (const r of due) {
        const item = this.store.item(String(r.id))
        if (item && recur(this.store, item, item.createdBy, now)) created = true
      }
    })
    if (created) this.poke('all')
    // Items whose next occurrence already exists are skipped by recur(); look only ahead now.
    const later = this.store.exec("SELECT MIN(due_at) AS t FROM items WHERE recurrence IS NOT NULL AND deleted = 0 AND status NOT IN ('done', 'cancelled') AND due_at > ?", now)[0]
    if (later && later.t !== null) await this.ctx.storage.setAlarm(Number(later.t))
    const files = await this.files.collect(this.store.get('workspace_id') ?? '', now)
    if (files !== null) await armAlarm(this.ctx.storage, files)
  }

  /** The live channel: a hibernatable WebSocket tagged with its member, poked after commits. */
  override async fetch(request: Request): Promise<Response> {
    const token = request.headers.get('x-relais-token') ?? ''
    const me = await this.authenticate(token)
    if (!me) return Response.json({ error: { code: 'unauthorized', message: 'Missing, invalid or revoked token.' } }, { status: 401 })
    const pair = new WebSocketPair()
    const [clientSide, serverSide] = [pair[0], pair[1]]
    this.ctx.acceptWebSocket(serverSide, [me.id])
    serverSide.serializeAttachment({ memberId: me.id } satisfies WsAttachment)
    serverSide.send(JSON.stringify({ type: 'poke', cursor: formatCursor(this.epoch(), this.store.version()) }))
    const protocol = request.headers.get('x-relais-protocol')
    return new Response(null, { status: 101, webSocket: clientSide, headers: protocol ? { 'Sec-WebSocket-Protocol': protocol } : {} })
  }

  override async webSocketMessage(ws: WebSocket, _message: string | ArrayBuffer): Promise<void> {
    // Clients only listen; anything they say is answered with the current cursor.
    ws.send(JSON.stringify({ type: 'poke', cursor: formatCursor(this.epoch(), this.store.version()) }))
  }

  override async webSocketClose(ws: WebSocket, code: number, _reason: string, _wasClean: boolean): Promise<void> {
    try { ws.close(code === 1005 ? 1000 : code, 'closing') } catch { /* already closed */ }
  }

  private poke(audience: Audience): void {
    const message = JSON.stringify({ type: 'poke', cursor: formatCursor(this.epoch(), this.store.version()) })
    for (const ws of this.ctx.getWebSockets()) {
      const memberId = ws.deserializeAttachment() && readMemberId(ws.deserializeAttachment())
      if (!memberId) continue
      if (audience !== 'all' && !audience.has(memberId)) continue
      try { ws.send(message) } catch { /* a closing socket; its client pulls on reconnect */ }
    }
  }
}

function merge(a: Audience, b: Audience): Audience {
  if (a === 'all' || b === 'all') return 'all'
  return new Set([...a, ...b])
}

function readMemberId(attachment: unknown): string | null {
  if (typeof attachment === 'object' && attachment !== null && 'memberId' in attachment && typeof attachment.memberId === 'string') return attachment.memberId
  return null
}

function parseAliases(value: SqlStorageValue | undefined): string[] {
  const parsed = v.safeParse(v.pipe(v.string(), v.parseJson(), v.array(v.string())), value)
  return parsed.success ? parsed.output : []
}
