import * as v from 'valibot'
import { DevicesResponseSchema, KeysResponseSchema } from '../../shared/schema/keys'
import { toBase64url } from '../../shared/base64url'
import { generateDeviceKey, unwrap, wrapFor } from '../crypto/device-key'
import { db } from '../db/database'
import { apiClient, readResponse } from '../sync/http-transport'

const CHECK_EVERY_MS = 5 * 60_000

async function context(workspaceId: string) {
  const ws = await db().workspaces.get(workspaceId)
  const secret = await db().secrets.get(workspaceId)
  if (!ws || !secret) return null
  return { ws, secret, api: apiClient(ws.serverUrl, secret.token) }
}

/** Makes this device's key pair if it has none, and publishes its public half once. */
export async function ensureDeviceKey(workspaceId: string): Promise<void> {
  const c = await context(workspaceId)
  if (!c) return
  let device = c.secret.device
  if (!device) {
    device = await generateDeviceKey()
    await db().secrets.update(workspaceId, { device, devicePublished: false })
  }
  if (c.secret.devicePublished) return
  const result = await readResponse(
    () => c.api.v1.devices[':clientId'].key.$put({ param: { clientId: c.ws.clientId }, json: { publicKey: device.publicKey } }),
    v.null(),
  )
  if (result.ok) await db().secrets.update(workspaceId, { devicePublished: true })
}

/**
 * Fetches envelopes addressed to this device and adds the keys they carry. Returns true when
 * a key was added: items sealed with it can now be opened, so the caller pulls from scratch.
 */
export async function collectKeys(workspaceId: string, force = false): Promise<boolean> {
  const c = await context(workspaceId)
  if (!c?.secret.device || !c.secret.devicePublished) return false
  if (!force && c.secret.keysCheckedAt && Date.now() - c.secret.keysCheckedAt < CHECK_EVERY_MS) return false
  const result = await readResponse(() => c.api.v1.keys.$get({ query: { clientId: c.ws.clientId } }), KeysResponseSchema)
  if (!result.ok) return false
  const keys = [...c.secret.keys]
  let current = keys.find((k) => k.id === c.secret.currentKeyId)
  for (const envelope of result.value.envelopes) {
    if (keys.some((k) => k.id === envelope.keyId)) continue
    const raw = await unwrap(c.secret.device, envelope.keyId, envelope.wrapped)
    if (!raw) continue
    const key = { id: envelope.keyId, raw: toBase64url(raw), createdAt: envelope.createdAt }
    keys.push(key)
    if (!current || key.createdAt > current.createdAt) current = key
  }
  const added = keys.length > c.secret.keys.length
  await db().secrets.update(workspaceId, { keysCheckedAt: Date.now(), ...(added && current ? { keys, currentKeyId: current.id } : {}) })
  return added
}

/**
 * After a revocation: a new workspace key, wrapped for every remaining device, so new content
 * is sealed with a key the revoked device never had. Older items keep their key.
 */
export async function rotateKey(workspaceId: string): Promise<void> {
  const c = await context(workspaceId)
  if (c?.ws.role !== 'executive') return
  const devices = await readResponse(() => c.api.v1.devices.$get(), DevicesResponseSchema)
  if (!devices.ok) throw new Error(`could not list devices: ${devices.message}`)
  const raw = crypto.getRandomValues(new Uint8Array(32))
  const keyId = `k${Date.now().toString(36)}`
  const others = devices.value.devices.filter((d) => d.clientId !== c.ws.clientId)
  const envelopes = await Promise.all(others.map(async (d) => ({ clientId: d.clientId, wrapped: await wrapFor(d.publicKey, keyId, raw) })))
  if (envelopes.length > 0) {
    const posted = await readResponse(() => c.api.v1.keys.$post({ json: { keyId, envelopes } }), v.null())
    if (!posted.ok) throw new Error(`could not share the new key: ${posted.message}`)
  }
  const now = Date.now()
  await db().secrets.update(workspaceId, {
    keys: [...c.secret.keys, { id: keyId, raw: toBase64url(raw), createdAt: now }],
    currentKeyId: keyId,
  })
}
