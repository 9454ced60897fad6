import type { RateLimiterObject } from './rate-limiter'
import type { WorkspaceObject } from './workspace/object'

export type Bindings = {
  WORKSPACES: DurableObjectNamespace<WorkspaceObject>
  LIMITERS: DurableObjectNamespace<RateLimiterObject>
  RATE_LIMIT_PER_MINUTE: string
  RATE_LIMIT_BURST: string
  INVITE_ATTEMPTS_PER_MINUTE: string
}

export type AppEnv = { Bindings: Bindings }
