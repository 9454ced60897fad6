import type { Context, MiddlewareHandler } from 'hono'
import { fail, type Failure } from '../outcome'
import { JSON_TYPE } from './validate'

const utf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * Caps request bodies by the bytes that actually arrive. Hono's bodyLimit trusts a
 * Content-Length header when there is one, so a request that declares 100 bytes and sends
 * 300 KB (possible between workers, where no HTTP parser enforces framing) slipped through.
 * Here the header can only make us refuse earlier; the body is always counted as it is read.
 * A JSON body must also be valid UTF-8: decoders would otherwise store U+FFFD silently.
 */
export function bodyCap(
  limit: number | ((method: string, path: string) => number),
  reject: (c: Context, failure: Failure) => Response,
): MiddlewareHandler {
  return async (c, next) => {
    const raw = c.req.raw
    if (!raw.body) return next()
    const maxBytes = typeof limit === 'number' ? limit : limit(raw.method, new URL(raw.url).pathname)
    const tooLarge = fail(413, 'payload_too_large', `Request bodies are limited to ${maxBytes} bytes.`)
    const declared = Number(raw.headers.get('content-length') ?? '0')
    if (declared > maxBytes) return reject(c, tooLarge)
    const reader = raw.body.getReader()
    const chunks: Uint8Array[] = []
    let size = 0
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > maxBytes) {
        await reader.cancel().catch(() => {})
        return reject(c, tooLarge)
      }
      chunks.push(value)
    }
    const body = new Uint8Array(size)
    let offset = 0
    for (const chunk of chunks) {
      body.set(chunk, offset)
      offset += chunk.byteLength
    }
    if (JSON_TYPE.test(raw.headers.get('content-type') ?? '')) {
      try {
        utf8.decode(body)
      } catch {
        return reject(c, fail(400, 'invalid_request', 'The request body is not valid UTF-8.', { field: '(body)' }))
      }
    }
    // Re-frame the request with its true length, so nothing later sees the claimed one.
    const headers = new Headers(raw.headers)
    headers.delete('transfer-encoding')
    headers.set('content-length', String(size))
    c.req.raw = new Request(raw.url, { method: raw.method, headers, body })
    return next()
  }
}
