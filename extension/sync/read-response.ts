import * as v from 'valibot'
import { ErrorBodySchema } from '../../shared/schema/common'
import type { TransportResult } from './transport'

/**
 * Reads a response at the trust boundary: the body is parsed with the shared schema, and any
 * other answer becomes a typed failure carrying the server's error code. Kept apart from the
 * typed Hono client so that the reliability suite can run it against the worker in workerd.
 */
export async function readResponse<S extends v.GenericSchema>(
  request: () => Promise<Response>,
  schema: S,
): Promise<TransportResult<v.InferOutput<S>>> {
  let response: Response
  try {
    response = await request()
  } catch (err) {
    return { ok: false, kind: 'offline', message: err instanceof Error ? err.message : 'network error' }
  }
  let body: unknown = null
  try {
    body = response.status === 204 ? null : await response.json()
  } catch {
    body = null
  }
  if (response.ok) {
    const parsed = v.safeParse(schema, body)
    if (parsed.success) return { ok: true, value: parsed.output }
    return {
      ok: false,
      kind: 'http',
      status: response.status,
      code: 'bad_response',
      message: 'The server answered in an unexpected shape.',
    }
  }
  const error = v.safeParse(ErrorBodySchema, body)
  const retryAfter = Number(response.headers.get('retry-after')) || undefined
  if (error.success) {
    return {
      ok: false,
      kind: 'http',
      status: response.status,
      code: error.output.error.code,
      message: error.output.error.message,
      expected: error.output.expected,
      retryAfter,
    }
  }
  if (response.status >= 500 || response.status === 0) return { ok: false, kind: 'offline', message: `server error ${response.status}` }
  return { ok: false, kind: 'http', status: response.status, code: 'http_error', message: `HTTP ${response.status}`, retryAfter }
}
