import type { FileTransport } from './file-transport'
import type { PullResponse, PushRequest, PushResponse } from '../../shared/schema/sync'

export type TransportFailure =
  | { ok: false; kind: 'offline'; message: string }
  | { ok: false; kind: 'http'; status: number; code: string; message: string; expected?: number; retryAfter?: number }
export type TransportResult<T> = { ok: true; value: T } | TransportFailure

/** What the sync engine needs from the network; unit tests give it a fake. */
export interface SyncTransport {
  push(body: PushRequest): Promise<TransportResult<PushResponse>>
  pull(cursor: string | null): Promise<TransportResult<PullResponse>>
  /** Attachments; without it, a round syncs items only. */
  files?: FileTransport
}
