import type { RateLimiterObject } from './rate-limiter'
import type { WorkspaceObject } from './workspace/object'

export type Bindings = {
  WORKSPACES: DurableObjectNamespace<WorkspaceObject>
  LIMITERS: DurableObjectNamespace<RateLimiterObject>
  RATE_LIMIT_PER_MINUTE: string
  RATE_LIMIT_BURST: string
  INVITE_ATTEMPTS_PER_MINUTE: string
  /** Attachments' ciphertext (R2). */
  FILES: R2Bucket
  /** Ciphertext bytes a workspace may hold, uploads in progress included. */
  FILE_QUOTA_BYTES: string
  /** Uploads not completed within this many hours are collected. */
  FILE_UPLOAD_TTL_HOURS: string
}

export type AppEnv = { Bindings: Bindings }
