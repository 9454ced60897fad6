import type { Bindings } from '../../worker/src/env'

// Tells `cloudflare:workers` what this worker's env and exports are, for the tests' types.
declare global {
  namespace Cloudflare {
    interface Env extends Bindings {}
    interface GlobalProps {
      mainModule: typeof import('../../worker/src/index')
      durableNamespaces: 'WorkspaceObject' | 'RateLimiterObject'
    }
  }
}
