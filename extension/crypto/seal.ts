import * as v from 'valibot'
import { fromBase64url, toBase64url } from '../../shared/base64url'

/**
 * Content is sealed with AES-GCM-256 under the workspace key before it leaves the device:
 * base64url( 0x01 | key id length | key id | 12-byte IV | ciphertext ). The key id says which
 * key opens it, so items sealed before a rotation stay readable.
 */
const FORMAT = 1

export type WorkspaceKey = { id: string; key: CryptoKey }

export async function generateKeyBytes(): Promise<Uint8Array<ArrayBuffer>> {
  return crypto.getRandomValues(new Uint8Array(32))
}

export function importKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt'])
}

export async function seal(value: unknown, key: WorkspaceKey): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12))
  const plain = new TextEncoder().encode(JSON.stringify(value))
  const idBytes = new TextEncoder().encode(key.id)
  // The header is bound as associated data, so a key id cannot be swapped onto another payload.
  const header = new Uint8Array([FORMAT, idBytes.length, ...idBytes])
  const cipher = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: header }, key.key, plain))
  const out = new Uint8Array(header.length + iv.length + cipher.length)
  out.set(header, 0)
  out.set(iv, header.length)
  out.set(cipher, header.length + iv.length)
  return toBase64url(out)
}

/** The key id a sealed payload needs, or null if it is not ours. */
export function sealedKeyId(sealed: string): string | null {
  try {
    const bytes = fromBase64url(sealed)
    if (bytes[0] !== FORMAT) return null
    const length = bytes[1] ?? 0
    return new TextDecoder().decode(bytes.subarray(2, 2 + length))
  } catch {
    return null
  }
}

/** Opens and validates a sealed payload; null when the key is missing, it was tampered with, or the shape is wrong. */
export async function open<S extends v.GenericSchema>(
  sealed: string,
  keys: ReadonlyMap<string, CryptoKey>,
  schema: S,
): Promise<v.InferOutput<S> | null> {
  try {
    const bytes = fromBase64url(sealed)
    const length = bytes[1] ?? 0
    const keyId = sealedKeyId(sealed)
    const key = keyId === null ? undefined : keys.get(keyId)
    if (!key) return null
    const header = bytes.subarray(0, 2 + length)
    const iv = bytes.subarray(2 + length, 14 + length)
    const cipher = bytes.subarray(14 + length)
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: header }, key, cipher)
    const parsed = v.safeParse(schema, JSON.parse(new TextDecoder().decode(plain)))
    return parsed.success ? parsed.output : null
  } catch {
    return null
  }
}
