import { LIMITS } from '../../../shared/limits'
import type { Role, SessionResponse, WorkspaceResponse } from '../../../shared/schema/workspace'
import { fail, notFound, ok, type Outcome } from '../outcome'
import { equalInConstantTime, hexToBytes, parseToken, randomId, sha256, sha256Hex } from '../tokens'
import type { Me, Workspace } from './call'
import type { WorkspaceStore } from './store'

/** A fresh bearer token for a member: the value goes to the device once, only its hash is kept. */
async function newToken(workspaceId: string) {
  const id = randomId(12)
  const secret = randomId(32)
  return { id, hash: await sha256Hex(secret), value: `${workspaceId}.${id}.${secret}` }
}

export async function createWorkspace(
  ws: Workspace,
  workspaceId: string,
  name: string,
  displayName: string,
): Promise<Outcome<SessionResponse>> {
  const { store } = ws
  if (store.get('workspace_id') !== null) return fail(409, 'conflict', 'Workspace already exists.')
  const now = Date.now()
  const member = { id: randomId(12), role: 'executive' as const, displayName }
  const token = await newToken(workspaceId)
  ws.transact(() => {
    store.init()
    store.set('workspace_id', workspaceId)
    store.set('name', name)
    store.set('epoch', randomId(6))
    store.set('created_at', String(now))
    store.membership.addMember(member, token, now)
    store.nextVersion()
  })
  return ok({ workspace: { id: workspaceId, name }, member, token: token.value })
}

/** Finds the member behind a token, or null. The secret's hash is compared in constant time. */
export async function authenticate(store: WorkspaceStore, token: string): Promise<Me | null> {
  const parsed = parseToken(token)
  if (!parsed || parsed.workspaceId !== store.get('workspace_id')) return null
  const presented = await sha256(parsed.secret)
  const row = store.membership.token(parsed.tokenId)
  if (!row || !equalInConstantTime(presented, hexToBytes(row.hash))) return null
  const member = store.member(row.memberId)
  if (!member || member.revoked) return null
  return { id: member.id, role: member.role, displayName: member.displayName }
}

export function describeWorkspace(store: WorkspaceStore, me: Me): Outcome<WorkspaceResponse> {
  return ok({
    workspace: { id: store.get('workspace_id') ?? '', name: store.get('name') ?? '' },
    members: store.members(),
    me: { id: me.id, role: me.role },
  })
}

export async function createInvite(ws: Workspace, me: Me, role: Role): Promise<Outcome<{ code: string; expiresAt: number }>> {
  const now = Date.now()
  const secret = randomId(16)
  const expiresAt = now + LIMITS.inviteTtlMs
  ws.store.membership.addInvite(await sha256Hex(secret), role, me.id, now, expiresAt)
  return ok({ code: `${ws.store.get('workspace_id')}.${secret}`, expiresAt })
}

/** Failed invite attempts in the last minute, in memory: guessing gets slow, not just hopeless. */
export class InviteAttempts {
  private failed: number[] = []

  constructor(private readonly perMinute: number) {}

  blocked(now: number): boolean {
    this.failed = this.failed.filter((t) => t > now - 60_000)
    return this.failed.length >= this.perMinute
  }

  failedAt(now: number): void {
    this.failed.push(now)
  }
}

export async function acceptInvite(
  ws: Workspace,
  attempts: InviteAttempts,
  secret: string,
  displayName: string,
): Promise<Outcome<SessionResponse>> {
  const { store } = ws
  const now = Date.now()
  if (attempts.blocked(now)) return fail(429, 'rate_limited', 'Too many invite attempts; wait a minute.', { retryAfter: 60 })
  const workspaceId = store.get('workspace_id')
  const hash = await sha256Hex(secret)
  const invite = workspaceId ? store.membership.invite(hash) : null
  if (!workspaceId || !invite || invite.usedAt !== null || invite.expiresAt <= now) {
    attempts.failedAt(now)
    return notFound('Unknown, used or expired invite code.')
  }
  const member = { id: randomId(12), role: invite.role, displayName }
  const token = await newToken(workspaceId)
  ws.transact(() => {
    store.membership.useInvite(hash, now)
    store.membership.addMember(member, token, now)
    store.nextVersion()
  })
  ws.effects.poke('all')
  return ok({ workspace: { id: workspaceId, name: store.get('name') ?? '' }, member, token: token.value })
}

export function revokeMember(ws: Workspace, me: Me, memberId: string): Outcome<null> {
  const { store } = ws
  const target = store.member(memberId)
  if (!target) return notFound('No such member.')
  if (target.revoked) return ok(null)
  if (target.role === 'executive') {
    const executives = store.members().filter((m) => m.role === 'executive' && !m.revoked)
    if (executives.length <= 1) return fail(409, 'last_executive', 'A workspace keeps at least one executive.')
  }
  ws.transact(() => {
    store.membership.revoke(memberId)
    store.nextVersion()
  })
  ws.effects.disconnect.push({ memberId, reason: { by: me.id, at: Date.now() } })
  ws.effects.poke('all')
  return ok(null)
}
