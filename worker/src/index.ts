import { app } from './app'

export { WorkspaceObject } from './workspace/object'
export { RateLimiterObject } from './rate-limiter'

export default app
