/**
 * What a Durable Object answers to the HTTP layer: a value, or a documented API error.
 * Plain data, so it crosses the RPC boundary without surprises.
 */
export type Failure = {
  ok: false
  status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 426 | 429
  code: string
  message: string
  field?: string
  retryAfter?: number
  expected?: number
}
export type Outcome<T> = { ok: true; value: T } | Failure

export const ok = <T>(value: T): Outcome<T> => ({ ok: true, value })

export function fail(status: Failure['status'], code: string, message: string, extra: Partial<Failure> = {}): Failure {
  return { ok: false, status, code, message, ...extra }
}

export const unauthorized = (): Failure => fail(401, 'unauthorized', 'Missing, invalid or revoked token.')
export const notFound = (what = 'Not found.'): Failure => fail(404, 'not_found', what)
export const forbidden = (message: string): Failure => fail(403, 'forbidden', message)
