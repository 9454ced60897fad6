import { MIN_SUPPORTED_PROTOCOL_VERSION, PROTOCOL_VERSION } from '../../../shared/protocol-version'
import type { PushRequest, PushResponse } from '../../../shared/schema/sync'
import { fail, ok, type Outcome } from '../outcome'
import { applyMutation } from './apply-mutation'
import type { Me, Workspace } from './call'

/**
 * Applies a client's mutations in order, Replicache-style. Each mutation commits with the
 * client's new last id; what the committed ones require afterwards (pokes, the recurrence
 * alarm) goes to `ws.effects` as they commit, so it still happens if a later one throws.
 */
export function push(ws: Workspace, me: Me, body: PushRequest): Outcome<PushResponse> {
  const { store } = ws
  if (body.protocolVersion < MIN_SUPPORTED_PROTOCOL_VERSION || body.protocolVersion > PROTOCOL_VERSION) {
    const message = `Protocol ${body.protocolVersion} is not supported; this server speaks ${MIN_SUPPORTED_PROTOCOL_VERSION}–${PROTOCOL_VERSION}.`
    return fail(400, 'unsupported_protocol', message, { field: 'protocolVersion' })
  }
  const client = store.client(body.clientId)
  if (client && client.memberId !== me.id) return fail(403, 'client_forbidden', 'This client id belongs to another member.')
  const stored = client?.lastMutationId ?? 0
  // Walk the push as the server would apply it: an id at or below the running last is a
  // replay, the next one is fresh, anything higher is a gap. A gap is refused before anything
  // is touched, so `expected` names the server's real next id (a client trusting a higher one
  // would drop mutations the server never saw).
  const fresh: PushRequest['mutations'] = []
  let next = stored + 1
  for (const m of body.mutations) {
    if (m.id < next) continue
    if (m.id > next)
      return fail(409, 'mutation_gap', `Expected mutation ${stored + 1}; mutation ${m.id} follows a gap.`, { expected: stored + 1 })
    fresh.push(m)
    next++
  }
  const rejected: { id: number; code: string }[] = []
  let last = stored
  for (const m of fresh) {
    const now = Date.now()
    // One transaction per mutation: its effects and the client's last id commit together.
    const applied = ws.transact(() => {
      const result = applyMutation(store, me, m, now)
      store.setLastMutationId(body.clientId, me.id, m.id, now)
      return result
    })
    last = m.id
    if (applied.rejected) rejected.push({ id: m.id, code: applied.rejected })
    ws.effects.poke(applied.audience)
    ws.effects.itemsChanged = true
  }
  return ok({ lastMutationId: last, rejected })
}
