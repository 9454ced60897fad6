import { Hono } from 'hono'
import { secureHeaders } from 'hono/secure-headers'
import { LIMITS } from '../../shared/limits'
import { FILE_CHUNK_CIPHER_BYTES } from '../../shared/schema/files'
import { PROTOCOL_VERSION } from '../../shared/protocol-version'
import type { AppEnv } from './env'
import { bodyCap } from './http/body-limit'
import { errorResponse, notFoundHandler, onError } from './http/errors'
import { benchRoutes } from './routes/bench'
import { fileRoutes } from './routes/files'
import { glossaryApi, glossaryPages } from './routes/glossary'
import { keyRoutes } from './routes/keys'
import { kpiRoutes } from './routes/kpis'
import { settingsRoutes } from './routes/settings'
import { syncRoutes } from './routes/sync'
import { workspaceRoutes } from './routes/workspaces'

const CHUNK_PATH = /^\/v1\/files\/[^/]+\/chunks\/[^/]+$/
// npm run bench only: the bare R2 baseline sends a whole 10 MiB file in one request (routes/bench.ts).
const BENCH_BLOB = /^\/bench\/blob\/[^/]+$/
const BENCH_BLOB_BYTES = 11 * 1024 * 1024

const v1 = new Hono<AppEnv>()
  .route('/', workspaceRoutes)
  .route('/', syncRoutes)
  .route('/', settingsRoutes)
  .route('/', glossaryApi)
  .route('/', kpiRoutes)
  .route('/', keyRoutes)
  .route('/', fileRoutes)

/** The whole HTTP API; chained so that `AppType` gives clients typed routes. */
export const app = new Hono<AppEnv>()
  .use(secureHeaders({ crossOriginResourcePolicy: false }))
  .use(async (c, next) => {
    await next()
    // Extensions call from their own origin; tokens travel in headers, never cookies.
    c.header('Access-Control-Allow-Origin', '*')
    // API.md promises the charset; Hono's c.json leaves it out.
    if (c.res.headers.get('content-type') === 'application/json') c.header('Content-Type', 'application/json; charset=utf-8')
  })
  .options('*', (c) => {
    c.header('Access-Control-Allow-Methods', 'GET, POST, PUT, DELETE, OPTIONS')
    c.header('Access-Control-Allow-Headers', 'Authorization, Content-Type, If-None-Match')
    c.header('Access-Control-Max-Age', '86400')
    return c.body(null, 204)
  })
  // A file chunk is the one body allowed past 256 KiB: 1 MiB of ciphertext and its tag.
  .use(
    bodyCap(
      (method, path) =>
        method !== 'PUT'
          ? LIMITS.bodyBytes
          : CHUNK_PATH.test(path)
            ? FILE_CHUNK_CIPHER_BYTES
            : BENCH_BLOB.test(path)
              ? BENCH_BLOB_BYTES
              : LIMITS.bodyBytes,
      errorResponse,
    ),
  )
  .get('/healthz', (c) => c.json({ ok: true as const, protocolVersion: PROTOCOL_VERSION }, 200))
  .route('/v1', v1)
  .route('/', glossaryPages)

app.route('/', benchRoutes) // npm run bench only (BENCH_ROUTES=1); outside AppType on purpose
app.onError(onError)
app.notFound(notFoundHandler)

export type AppType = typeof app
