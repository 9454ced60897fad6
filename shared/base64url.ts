/**
 * base64url without padding (RFC 4648 §5), in plain TS so the worker and the extension share one
 * copy (`btoa`/`atob` are not in shared/'s ES2023 world). Decoding throws on a character outside
 * the alphabet or an impossible length, as `atob` did.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const CODES = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0))
const VALUES = new Uint8Array(128).fill(255)
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i
// Standard base64 too, so a '+' or '/' decodes as its url-safe twin would.
VALUES[43] = 62
VALUES[47] = 63

export function toBase64url(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil((bytes.length * 4) / 3))
  let o = 0
  let i = 0
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!
    out[o++] = CODES[n >> 18]!
    out[o++] = CODES[(n >> 12) & 63]!
    out[o++] = CODES[(n >> 6) & 63]!
    out[o++] = CODES[n & 63]!
  }
  const rest = bytes.length - i
  if (rest > 0) {
    const n = (bytes[i]! << 16) | (rest === 2 ? bytes[i + 1]! << 8 : 0)
    out[o++] = CODES[n >> 18]!
    out[o++] = CODES[(n >> 12) & 63]!
    if (rest === 2) out[o++] = CODES[(n >> 6) & 63]!
  }
  let s = ''
  for (let k = 0; k < o; k += 0x8000) s += String.fromCharCode(...out.subarray(k, Math.min(o, k + 0x8000)))
  return s
}

export function fromBase64url(text: string): Uint8Array<ArrayBuffer> {
  const clean = text.replace(/={1,2}$/, '')
  if (clean.length % 4 === 1) throw new SyntaxError('Invalid base64url length')
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4))
  let o = 0
  let acc = 0
  let bits = 0
  for (let i = 0; i < clean.length; i++) {
    const code = clean.charCodeAt(i)
    const value = code < 128 ? VALUES[code]! : 255
    if (value === 255) throw new SyntaxError('Invalid base64url character')
    acc = ((acc << 6) | value) & 0xffffff
    bits += 6
    if (bits >= 8) {
      bits -= 8
      out[o++] = (acc >> bits) & 255
    }
  }
  return out
}
