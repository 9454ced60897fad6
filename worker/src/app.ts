import { Hono } from 'hono'
import { PROTOCOL_VERSION } from '../../shared/protocol-version'
type Env = { Bindings: { WS: DurableObjectNamespace } }
const app = new Hono<Env>().get('/healthz', (c) => c.json({ ok: true as const, protocolVersion: PROTOCOL_VERSION }, 200))
export type AppType = typeof app
export default app
