import { DurableObject } from 'cloudflare:workers'
import type { NewGlossaryTerm } from '../../../shared/schema/glossary'
import type { PostKeyRequest } from '../../../shared/schema/keys'
import type { SlaPolicy } from '../../../shared/schema/sla'
import type { PullResponse, PushRequest } from '../../../shared/schema/sync'
import type { Role } from '../../../shared/schema/workspace'
import type { Bindings } from '../env'
import { fail, ok, unauthorized, type Outcome } from '../outcome'
import { Effects, requireExecutive, type Me, type Workspace } from './call'
import { armAlarm, WorkspaceFiles, type FileGrant, type FileOp } from './files'
import { addGlossaryTerm, deleteGlossaryTerm, glossaryTerms } from './glossary-terms'
import { keysFor, listDevices, postKey, publishDeviceKey } from './keys'
import { LiveSockets } from './live'
import { acceptInvite, authenticate, createInvite, createWorkspace, describeWorkspace, InviteAttempts, revokeMember } from './membership'
import { pull } from './pull'
import { push } from './push'
import { rearmRecurrence, recurDue, scheduleRecurrence } from './recurrence'
import { kpiInput, putSlaPolicy, slaPolicy } from './sla-policy'
import { WorkspaceStore } from './store'
import { TokenBuckets } from './token-buckets'

type Act<T> = (ws: Workspace, me: Me) => Outcome<T> | Promise<Outcome<T>>

/**
 * One workspace. A thin shell: every public method authenticates, rate-limits, delegates to
 * the concern's module (membership, keys, push/pull, SLA and KPIs, glossary terms, recurrence,
 * attachments, live sockets), then carries out the call's effects (close sockets, poke, re-arm
 * the alarm).
 * A revoked member's very next call is refused. A new concern is one module plus one method here.
 */
export class WorkspaceObject extends DurableObject<Bindings> {
  private readonly store: WorkspaceStore
  private readonly live: LiveSockets
  private readonly files: WorkspaceFiles
  private readonly buckets: TokenBuckets
  private readonly inviteAttempts: InviteAttempts

  constructor(ctx: DurableObjectState, env: Bindings) {
    super(ctx, env)
    this.store = new WorkspaceStore(ctx.storage.sql)
    this.live = new LiveSockets(ctx, this.store)
    this.files = new WorkspaceFiles(ctx.storage.sql, this.store, env, ctx.storage)
    this.buckets = new TokenBuckets(Number(env.RATE_LIMIT_BURST) || 300, (Number(env.RATE_LIMIT_PER_MINUTE) || 1200) / 60_000)
    this.inviteAttempts = new InviteAttempts(Number(env.INVITE_ATTEMPTS_PER_MINUTE) || 20)
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair('ping', 'pong'))
  }

  /** Runs one concern's work with this call's effects, and carries them out afterwards, even if it threw. */
  private async delegate<T>(act: (ws: Workspace) => Outcome<T> | Promise<Outcome<T>>): Promise<Outcome<T>> {
    const effects = new Effects()
    const ws: Workspace = { store: this.store, transact: (fn) => this.ctx.storage.transactionSync(fn), effects }
    try {
      return await act(ws)
    } finally {
      for (const gone of effects.disconnect) this.live.disconnect(gone.memberId, gone.reason)
      if (effects.audience !== null) this.live.poke(effects.audience)
      if (effects.itemsChanged) {
        await scheduleRecurrence(this.store, this.ctx.storage, Date.now())
        await this.files.afterItemChanges()
      }
    }
  }

  /** Authenticates and applies the per-member rate limit, in one place for every call. */
  private async withCaller<T>(token: string, act: Act<T>): Promise<Outcome<T>> {
    const me = await authenticate(this.store, token)
    if (!me) return unauthorized()
    const wait = this.buckets.take(me.id, Date.now())
    if (wait > 0) return fail(429, 'rate_limited', 'Too many requests; slow down.', { retryAfter: Math.ceil(wait / 1000) })
    return this.delegate((ws) => act(ws, me))
  }

  private withExecutive<T>(token: string, why: string, act: Act<T>): Promise<Outcome<T>> {
    return this.withCaller(token, (ws, me) => requireExecutive(me, why) ?? act(ws, me))
  }

  create(workspaceId: string, name: string, displayName: string) {
    return this.delegate((ws) => createWorkspace(ws, workspaceId, name, displayName))
  }

  getWorkspace(token: string) {
    return this.withCaller(token, (ws, me) => describeWorkspace(ws.store, me))
  }

  createInvite(token: string, role: Role) {
    return this.withExecutive(token, 'Only an executive can invite.', (ws, me) => createInvite(ws, me, role))
  }

  acceptInvite(secret: string, displayName: string) {
    return this.delegate((ws) => acceptInvite(ws, this.inviteAttempts, secret, displayName))
  }

  revokeMember(token: string, memberId: string) {
    return this.withExecutive(token, 'Only an executive can revoke a member.', (ws, me) => revokeMember(ws, me, memberId))
  }

  push(token: string, body: PushRequest) {
    return this.withCaller(token, (ws, me) => push(ws, me, body))
  }

  pull(token: string, cursor: string | undefined): Promise<Outcome<PullResponse>> {
    return this.withCaller(token, (ws, me) => ok(pull(ws.store, me, ws.store.get('epoch') ?? '', cursor)))
  }

  /** Attachments: rights, quota and records (workspace/files.ts); the worker moves the bytes. */
  fileOp(token: string, op: FileOp): Promise<Outcome<FileGrant>> {
    return this.withCaller(token, (_ws, me) => this.files.handle(me, op))
  }

  publishDeviceKey(token: string, clientId: string, publicKey: string) {
    return this.withCaller(token, (ws, me) => publishDeviceKey(ws, me, clientId, publicKey))
  }

  listDevices(token: string) {
    return this.withCaller(token, (ws) => listDevices(ws.store))
  }

  postKey(token: string, body: PostKeyRequest) {
    return this.withExecutive(token, 'Only an executive rotates the workspace key.', (ws, me) => postKey(ws, me, body))
  }

  keysFor(token: string, clientId: string) {
    return this.withCaller(token, (ws, me) => keysFor(ws.store, me, clientId))
  }

  getSlaPolicy(token: string): Promise<Outcome<SlaPolicy>> {
    return this.withCaller(token, (ws) => ok(slaPolicy(ws.store)))
  }

  putSlaPolicy(token: string, policy: SlaPolicy) {
    return this.withExecutive(token, 'Only an executive sets the SLA policy.', (ws) => putSlaPolicy(ws, policy))
  }

  kpiInput(token: string) {
    return this.withCaller(token, (ws, me) => kpiInput(ws.store, me))
  }

  async glossaryTerms(token: string | null) {
    if (token === null) return ok([])
    return this.withCaller(token, (ws) => glossaryTerms(ws.store))
  }

  addGlossaryTerm(token: string, term: NewGlossaryTerm) {
    return this.withExecutive(token, 'Only an executive edits the workspace glossary.', (ws) => addGlossaryTerm(ws.store, term))
  }

  deleteGlossaryTerm(token: string, id: string) {
    return this.withExecutive(token, 'Only an executive edits the workspace glossary.', (ws) => deleteGlossaryTerm(ws.store, id))
  }

  /** Recurring items whose date came get their next occurrence, then attachments are collected; both re-arm. */
  override async alarm(): Promise<void> {
    if (this.store.get('workspace_id') === null) return
    const now = Date.now()
    await this.delegate((ws) => {
      if (recurDue(ws.store, ws.transact, now)) ws.effects.poke('all')
      return ok(null)
    })
    await rearmRecurrence(this.store, this.ctx.storage, now)
    const files = await this.files.collect(this.store.get('workspace_id') ?? '', now)
    if (files !== null) await armAlarm(this.ctx.storage, files)
  }

  /** The live channel (see live.ts). Authenticated like every call, but not rate-limited. */
  override async fetch(request: Request): Promise<Response> {
    const me = await authenticate(this.store, request.headers.get('x-relais-token') ?? '')
    if (!me) return Response.json({ error: { code: 'unauthorized', message: 'Missing, invalid or revoked token.' } }, { status: 401 })
    return this.live.open(me.id, request.headers.get('x-relais-protocol'))
  }

  override async webSocketMessage(ws: WebSocket): Promise<void> {
    this.live.answer(ws)
  }

  override async webSocketClose(ws: WebSocket, code: number): Promise<void> {
    try {
      ws.close(code === 1005 ? 1000 : code, 'closing')
    } catch {
      /* already closed */
    }
  }
}
