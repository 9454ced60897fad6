import { Hono } from 'hono'
import { notFoundHandler } from '../http/errors'

// BENCH_ROUTES is not in Bindings on purpose: it exists only under `npm run bench`.
type BenchEnv = { Bindings: { BENCH_ROUTES?: string; FILES: R2Bucket } }

/**
 * The baseline for bench/sync-push-throughput.mjs: a POST that does nothing, through the same
 * middleware as every API route, so push throughput is read against what this workerd can do
 * at all in the same run. Off unless the worker was started with BENCH_ROUTES=1: otherwise it
 * answers exactly like an unknown path. The check sits in the handler, not in a `use`, which
 * mounted at '/' would run for every request of the app.
 */
export const benchRoutes = new Hono<BenchEnv>()
  .post('/bench/noop', (c) => (c.env.BENCH_ROUTES === '1' ? c.json({ ok: true }, 200) : notFoundHandler(c)))
  // The baseline for bench/files-roundtrip.mjs: the same bytes PUT then GET through this worker
  // and its R2 binding, with no rights, records, chunks or crypto.
  .put('/bench/blob/:key', async (c) => {
    if (c.env.BENCH_ROUTES !== '1') return notFoundHandler(c)
    await c.env.FILES.put(`bench/${c.req.param('key')}`, await c.req.arrayBuffer())
    return c.body(null, 204)
  })
  .get('/bench/blob/:key', async (c) => {
    if (c.env.BENCH_ROUTES !== '1') return notFoundHandler(c)
    const object = await c.env.FILES.get(`bench/${c.req.param('key')}`)
    return object ? c.body(object.body, 200, { 'Content-Type': 'application/octet-stream' }) : notFoundHandler(c)
  })
