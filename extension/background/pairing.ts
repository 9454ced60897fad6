import * as v from 'valibot'
import { InviteResponseSchema, SessionResponseSchema, type Role, type SessionResponse } from '../../shared/schema/workspace'
import { toBase64url, fromBase64url } from '../../shared/base64url'
import { generateKeyBytes } from '../crypto/seal'
import { formatPairingCode, parsePairingCode } from '../crypto/pairing-code'
import { db } from '../db/database'
import { dismissDeparture, recordDeparture } from '../db/departures'
import { workspaceSettingKeys } from '../db/settings'
import { newId } from '../lib/ids'
import { apiClient, readResponse } from '../sync/http-transport'
import { readGlossaryCache, writeGlossaryCache } from './glossary'
import { ensureDeviceKey } from './key-rotation'

export class PairingError extends Error {}

function normalizeServer(url: string): string {
  const u = new URL(url)
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new PairingError('The server URL must start with http:// or https://')
  return u.origin
}

async function remember(
  serverUrl: string,
  session: SessionResponse,
  keys: { id: string; raw: string }[],
  currentKeyId: string,
): Promise<string> {
  const d = db()
  const now = Date.now()
  await d.transaction('rw', [d.workspaces, d.secrets], async () => {
    await d.workspaces.put({
      id: session.workspace.id,
      name: session.workspace.name,
      serverUrl,
      memberId: session.member.id,
      role: session.member.role,
      displayName: session.member.displayName,
      clientId: newId(now),
      nextMutationId: 1,
      cursor: null,
      members: [{ ...session.member, revoked: false }],
      joinedAt: now,
    })
    await d.secrets.put({
      workspaceId: session.workspace.id,
      token: session.token,
      keys: keys.map((k) => ({ ...k, createdAt: now })),
      currentKeyId,
    })
  })
  // Back in (joined again): the old message about leaving it is moot.
  await dismissDeparture(session.workspace.id)
  return session.workspace.id
}

/** Creates a workspace on the server and its key on this device; the key never leaves it. */
export async function createWorkspace(serverUrl: string, name: string, displayName: string): Promise<string> {
  const server = normalizeServer(serverUrl)
  const result = await readResponse(() => apiClient(server).v1.workspaces.$post({ json: { name, displayName } }), SessionResponseSchema)
  if (!result.ok) throw new PairingError(result.message)
  const raw = toBase64url(await generateKeyBytes())
  const id = await remember(server, result.value, [{ id: 'k1', raw }], 'k1')
  await ensureDeviceKey(id).catch(() => {
    /* published on the next sync round */
  })
  return id
}

/** Makes an invite on the server and wraps it with the workspace key into one pairing code. */
export async function createPairingCode(workspaceId: string, role: Role): Promise<{ pairingCode: string; expiresAt: number }> {
  const ws = await db().workspaces.get(workspaceId)
  const secret = await db().secrets.get(workspaceId)
  if (!ws || !secret) throw new PairingError('Unknown workspace')
  const result = await readResponse(() => apiClient(ws.serverUrl, secret.token).v1.invites.$post({ json: { role } }), InviteResponseSchema)
  if (!result.ok) throw new PairingError(result.message)
  const key = secret.keys.find((k) => k.id === secret.currentKeyId)
  if (!key) throw new PairingError('This device has no key for the workspace')
  return {
    pairingCode: formatPairingCode({ server: ws.serverUrl, invite: result.value.code, keyId: key.id, key: key.raw }),
    expiresAt: result.value.expiresAt,
  }
}

/** Joins with a pairing code: the invite part goes to the server, the key part stays here. */
export async function joinWorkspace(pairingCode: string, displayName: string): Promise<string> {
  const pairing = parsePairingCode(pairingCode)
  if (!pairing) throw new PairingError('This is not a Relais pairing code')
  if (fromBase64url(pairing.key).length !== 32) throw new PairingError('This pairing code carries a damaged key')
  const result = await readResponse(
    () => apiClient(pairing.server).v1.invites.accept.$post({ json: { code: pairing.invite, displayName } }),
    SessionResponseSchema,
  )
  if (!result.ok)
    throw new PairingError(
      result.kind === 'http' && result.status === 404 ? 'This pairing code is unknown, used or expired' : result.message,
    )
  const id = await remember(pairing.server, result.value, [{ id: pairing.keyId, raw: pairing.key }], pairing.keyId)
  // Published at once, so a key rotated from now on reaches this device too.
  await ensureDeviceKey(id).catch(() => {
    /* published on the next sync round */
  })
  return id
}

export async function revokeMember(workspaceId: string, memberId: string): Promise<void> {
  const ws = await db().workspaces.get(workspaceId)
  const secret = await db().secrets.get(workspaceId)
  if (!ws || !secret) throw new PairingError('Unknown workspace')
  const result = await readResponse(
    () => apiClient(ws.serverUrl, secret.token).v1.members[':memberId'].$delete({ param: { memberId } }),
    v.null(),
  )
  if (!result.ok) throw new PairingError(result.message)
}

/** Why a workspace is wiped: the member left, or was removed (by whom, when, if known). */
export type WipeCause = { reason: 'revoked' | 'left'; byId: string | null; at: number }

/**
 * Leaving (or being revoked) wipes the workspace's items, history, playbooks, keys and token
 * from this device. With a cause, a departure note (names and a date, no content) stays behind.
 */
export async function wipeWorkspace(workspaceId: string, cause?: WipeCause): Promise<void> {
  const d = db()
  await d.transaction(
    'rw',
    [d.workspaces, d.secrets, d.items, d.comments, d.outbox, d.syncStatus, d.playbooks, d.events, d.settings, d.uploads, d.fileData],
    async () => {
      const ws = await d.workspaces.get(workspaceId)
      if (ws && cause) {
        const by = cause.byId === null ? null : (ws.members.find((m) => m.id === cause.byId)?.displayName ?? null)
        await recordDeparture({ workspaceId, workspaceName: ws.name, reason: cause.reason, by, at: cause.at })
      }
      await d.items.where('workspaceId').equals(workspaceId).delete()
      await d.comments.where('workspaceId').equals(workspaceId).delete()
      await d.playbooks.where('workspaceId').equals(workspaceId).delete()
      await d.events.where('workspaceId').equals(workspaceId).delete()
      // Attachments' plaintext and pending uploads go with the rest: a revoked device keeps no file.
      await d.uploads.where('workspaceId').equals(workspaceId).delete()
      await d.fileData.where('workspaceId').equals(workspaceId).delete()
      await d.settings.bulkDelete(workspaceSettingKeys(workspaceId))
      await d.outbox.where('workspaceId').equals(workspaceId).delete()
      await d.syncStatus.delete(workspaceId)
      await d.secrets.delete(workspaceId)
      await d.workspaces.delete(workspaceId)
      // The workspace's own glossary terms go too (the cache keeps only workspaces still here).
      await writeGlossaryCache((await readGlossaryCache()).sources)
    },
  )
}
