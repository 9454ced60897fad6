// Seals content in Node exactly as extension/crypto/seal.ts does, so the extension opens what
// the benchmarks seed: base64url( 0x01 | key id length | key id | 12-byte IV | AES-GCM ciphertext ),
// with the header as associated data.
import { webcrypto } from 'node:crypto'

const FORMAT = 1
const encoder = new TextEncoder()

export const toBase64url = (bytes) => Buffer.from(bytes).toString('base64url')
export const fromBase64url = (text) => new Uint8Array(Buffer.from(text, 'base64url'))

export async function importKey(raw) {
  const key = await webcrypto.subtle.importKey('raw', fromBase64url(raw), { name: 'AES-GCM' }, false, ['encrypt', 'decrypt'])
  return key
}

export async function seal(value, keyId, key) {
  const iv = webcrypto.getRandomValues(new Uint8Array(12))
  const idBytes = encoder.encode(keyId)
  const header = new Uint8Array([FORMAT, idBytes.length, ...idBytes])
  const cipher = new Uint8Array(
    await webcrypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: header }, key, encoder.encode(JSON.stringify(value))),
  )
  const out = new Uint8Array(header.length + iv.length + cipher.length)
  out.set(header, 0)
  out.set(iv, header.length)
  out.set(cipher, header.length + iv.length)
  return toBase64url(out)
}

/** A random workspace key, for workspaces the benchmarks make without the extension. */
export function newKeyRaw() {
  return toBase64url(webcrypto.getRandomValues(new Uint8Array(32)))
}
