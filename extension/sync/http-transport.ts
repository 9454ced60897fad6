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

export function httpTransport(serverUrl: string, token: string): SyncTransport {
  const client = apiClient(serverUrl, token)
  return {
    push: (body) => readResponse(() => client.v1.sync.push.$post({ json: body }), PushResponseSchema),
    pull: (cursor) => readResponse(() => client.v1.sync.pull.$get({ query: cursor ? { cursor } : {} }), PullResponseSchema),
    files: fileTransport(serverUrl, token),
  }
}
