import { Hono } from 'hono'
import * as v from 'valibot'
import { IdSchema } from '../../../shared/schema/common'
import { BeginUploadRequestSchema, ChunkIndexSchema } from '../../../shared/schema/files'
import type { AppEnv } from '../env'
import { requireAuth, unwrap, type AuthVariables } from '../http/auth'
import { ApiError } from '../http/errors'
import { jsonBody } from '../http/validate'
import { fail, notFound } from '../outcome'

type Env = AppEnv & { Variables: AuthVariables }

const OCTETS = /^application\/octet-stream\s*(;|$)/i

/** A file id that cannot exist is simply not found; a chunk index that is not a number is a bad request. */
function fileIdOf(raw: string): string {
  if (!v.is(IdSchema, raw)) throw new ApiError(notFound('No such file.'))
  return raw
}

function indexOf(raw: string): number {
  const parsed = v.safeParse(ChunkIndexSchema, raw)
  if (!parsed.success) throw new ApiError(fail(400, 'invalid_request', 'index: must be a chunk index', { field: 'index' }))
  return parsed.output
}

/**
 * Attachments: the workspace's object decides (rights, quota, which item owns the file); the
 * worker moves the ciphertext to and from R2. Chunks are `<workspace>/<file>/<index>` objects,
 * so sending one again replaces it and is never stored twice.
 */
export const fileRoutes = new Hono<Env>()
  .put('/files/:fileId', requireAuth, jsonBody(BeginUploadRequestSchema), async (c) => {
    const fileId = fileIdOf(c.req.param('fileId'))
    const grant = unwrap(await c.var.workspace.fileOp(c.var.token, { kind: 'begin', fileId, body: c.req.valid('json') }))
    return c.json(grant.status, grant.created ? 201 : 200)
  })
  .get('/files/:fileId', requireAuth, async (c) => {
    const fileId = fileIdOf(c.req.param('fileId'))
    return c.json(unwrap(await c.var.workspace.fileOp(c.var.token, { kind: 'status', fileId })).status, 200)
  })
  .put('/files/:fileId/chunks/:index', requireAuth, async (c) => {
    const fileId = fileIdOf(c.req.param('fileId'))
    if (!OCTETS.test(c.req.header('content-type') ?? '')) {
      throw new ApiError(fail(415, 'unsupported_media_type', 'Send a chunk with Content-Type: application/octet-stream.'))
    }
    const index = indexOf(c.req.param('index'))
    const bytes = new Uint8Array(await c.req.arrayBuffer())
    const op = { fileId, index, size: bytes.byteLength }
    const { prefix } = unwrap(await c.var.workspace.fileOp(c.var.token, { kind: 'write', ...op }))
    await c.env.FILES.put(`${prefix}${index}`, bytes)
    const stored = await c.var.workspace.fileOp(c.var.token, { kind: 'stored', ...op })
    // The file went away while the chunk travelled (item deleted): leave nothing behind.
    if (!stored.ok) await c.env.FILES.delete(`${prefix}${index}`)
    unwrap(stored)
    return c.body(null, 204)
  })
  .get('/files/:fileId/chunks/:index', requireAuth, async (c) => {
    const fileId = fileIdOf(c.req.param('fileId'))
    const index = indexOf(c.req.param('index'))
    const { prefix } = unwrap(await c.var.workspace.fileOp(c.var.token, { kind: 'read', fileId, index }))
    const object = await c.env.FILES.get(`${prefix}${index}`)
    if (!object) throw new ApiError(notFound('No such chunk.'))
    return c.body(object.body, 200, {
      'Content-Type': 'application/octet-stream',
      'Content-Length': String(object.size),
      'Cache-Control': 'private, no-store',
    })
  })
  .post('/files/:fileId/complete', requireAuth, async (c) => {
    const fileId = fileIdOf(c.req.param('fileId'))
    return c.json(unwrap(await c.var.workspace.fileOp(c.var.token, { kind: 'complete', fileId })).status, 200)
  })
  .delete('/files/:fileId', requireAuth, async (c) => {
    const fileId = fileIdOf(c.req.param('fileId'))
    unwrap(await c.var.workspace.fileOp(c.var.token, { kind: 'delete', fileId }))
    return c.body(null, 204)
  })
