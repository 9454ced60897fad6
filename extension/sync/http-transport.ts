import { hc } from 'hono/client'
import { PullResponseSchema, PushResponseSchema } from '../../shared/schema/sync'
import type { AppType } from '../../worker/src/app'
import { fileTransport } from './file-transport'
import { readResponse } from './read-response'
import type { SyncTransport } from './transport'

// Background modules import it from here.
export { readResponse }

export function apiClient(serverUrl: string, token?: string) {
  return hc<AppType>(serverUrl, { headers: token ? { authorization: `Bearer ${token}` } : {} })
}

/**
 * A request on a link that died without a word can hang for minutes, holding the sync lock
 * while the network is back; past this it counts as offline (a push that did land is then
 * skipped by the server as a replay).
 */
const REQUEST_TIMEOUT_MS = 30_000

export function httpTransport(serverUrl: string, token: string): SyncTransport {
  const client = apiClient(serverUrl, token)
  const init = () => ({ init: { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) } })
  return {
    push: (body) => readResponse(() => client.v1.sync.push.$post({ json: body }, init()), PushResponseSchema),
    pull: (cursor) => readResponse(() => client.v1.sync.pull.$get({ query: cursor ? { cursor } : {} }, init()), PullResponseSchema),
    files: fileTransport(serverUrl, token, (url, options) => fetch(url, { ...options, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) })),
  }
}
