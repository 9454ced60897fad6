import * as v from 'valibot'
import { fromBase64url, toBase64url } from '../../shared/base64url'

/**
 * What the executive hands the assistant: the server's invite code and the workspace key, in
 * one string. Only the invite code is ever sent to the server; the key travels person to person.
 */
const PairingSchema = v.object({
  v: v.literal(1),
  server: v.pipe(v.string(), v.url(), v.regex(/^https?:\/\//, 'must be an http(s) URL')),
  invite: v.pipe(v.string(), v.maxLength(200)),
  keyId: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,32}$/)),
  key: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{43}$/)),
})
export type Pairing = v.InferOutput<typeof PairingSchema>

const PREFIX = 'RELAIS1-'

export function formatPairingCode(p: Omit<Pairing, 'v'>): string {
  return PREFIX + toBase64url(new TextEncoder().encode(JSON.stringify({ v: 1, ...p })))
}

export function parsePairingCode(code: string): Pairing | null {
  const trimmed = code.replace(/\s+/g, '')
  if (!trimmed.startsWith(PREFIX)) return null
  try {
    const json: unknown = JSON.parse(new TextDecoder().decode(fromBase64url(trimmed.slice(PREFIX.length))))
    const parsed = v.safeParse(PairingSchema, json)
    return parsed.success ? parsed.output : null
  } catch {
    return null
  }
}
