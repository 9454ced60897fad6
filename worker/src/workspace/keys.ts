import type { DevicesResponse, KeysResponse, PostKeyRequest } from '../../../shared/schema/keys'
import { fail, ok, type Outcome } from '../outcome'
import type { Me, Workspace } from './call'
import type { WorkspaceStore } from './store'

/** A device publishes its public key; the client id becomes bound to the member if it was not. */
export function publishDeviceKey(ws: Workspace, me: Me, clientId: string, publicKey: string): Outcome<null> {
  const { store } = ws
  const client = store.client(clientId)
  const owner = store.keys.deviceOwner(clientId)
  if ((client && client.memberId !== me.id) || (owner !== null && owner !== me.id)) {
    return fail(403, 'client_forbidden', 'This client id belongs to another member.')
  }
  const now = Date.now()
  ws.transact(() => {
    if (!client) store.setLastMutationId(clientId, me.id, 0, now)
    store.keys.putDeviceKey(clientId, me.id, publicKey, now)
  })
  return ok(null)
}

export function listDevices(store: WorkspaceStore): Outcome<DevicesResponse> {
  return ok({ devices: store.keys.activeDevices() })
}

/** Stores a new key's envelopes, one per device; only devices of active members may get one. */
export function postKey(ws: Workspace, me: Me, body: PostKeyRequest): Outcome<null> {
  const { store } = ws
  const known = new Set(store.keys.activeDevices().map((d) => d.clientId))
  const unknown = body.envelopes.find((e) => !known.has(e.clientId))
  if (unknown) return fail(400, 'invalid_request', `No active device ${unknown.clientId}.`, { field: 'envelopes' })
  const now = Date.now()
  ws.transact(() => {
    for (const e of body.envelopes) store.keys.addEnvelope(body.keyId, e.clientId, e.wrapped, me.id, now)
    store.nextVersion()
  })
  ws.effects.poke('all')
  return ok(null)
}

/** The envelopes wrapped for one of the caller's own devices; none for anyone else's. */
export function keysFor(store: WorkspaceStore, me: Me, clientId: string): Outcome<KeysResponse> {
  if (store.keys.deviceOwner(clientId) !== me.id) return ok({ envelopes: [] })
  return ok({ envelopes: store.keys.envelopesFor(clientId) })
}
