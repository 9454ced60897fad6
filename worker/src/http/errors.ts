import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { Failure } from '../outcome'

/** A documented API error, thrown from handlers and rendered by `onError`. */
export class ApiError extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message)
  }
}

const CODES: Record<number, string> = {
  400: 'invalid_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  426: 'upgrade_required',
  429: 'rate_limited',
}

export function errorResponse(c: Context, f: Failure): Response {
  const body: Record<string, unknown> = { error: { code: f.code, message: f.message, ...(f.field ? { field: f.field } : {}) } }
  if (f.expected !== undefined) body.expected = f.expected
  if (f.retryAfter !== undefined) c.header('Retry-After', String(f.retryAfter))
  return c.json(body, f.status)
}

/** Never a stack trace, never a 500 for bad input: anything unexpected is logged without content. */
export function onError(err: Error, c: Context): Response {
  if (err instanceof ApiError) return errorResponse(c, err.failure)
  if (err instanceof HTTPException) {
    const status = err.status
    if (status >= 400 && status < 500) {
      const code = CODES[status] ?? 'invalid_request'
      if (status === 400) return c.json({ error: { code, message: 'The request body is not valid JSON.', field: '(body)' } }, 400)
      return c.json({ error: { code, message: err.message || code } }, status as ContentfulStatusCode)
    }
  }
  console.error('unhandled error', c.req.method, new URL(c.req.url).pathname, err.name)
  return c.json({ error: { code: 'internal_error', message: 'Something went wrong on our side.' } }, 500)
}

export function notFoundHandler(c: Context): Response {
  return c.json({ error: { code: 'not_found', message: 'No such endpoint.' } }, 404)
}
