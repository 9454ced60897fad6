// Gmail's URL tokens (`#inbox/FMfcgz…`) are not secret: they are the base64 text of
// `f:<decimal id>` (or `a:r…`), read as a base-64 number and rewritten in base 40 with
// consonants only. Same algorithm as InboxSDK's encodeDraftUrlId (MIT OR Apache-2.0).

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const GMAIL = 'BCDFGHJKLMNPQRSTVWXZbcdfghjklmnpqrstvwxz'
// A thread token holds ~30 characters; anything far longer is not one.
const MAX_TOKEN = 200

/** The text behind a URL token (e.g. `f:1840959905192440233`), or null. */
export function decodeUrlToken(token: string): string | null {
  if (token.length === 0 || token.length > MAX_TOKEN) return null
  const digits = convertBase(token, GMAIL, B64)
  if (digits === null) return null
  const padded = digits + '='.repeat((4 - (digits.length % 4)) % 4)
  try {
    const text = atob(padded)
    return /^[\x20-\x7e]+$/.test(text) ? text : null
  } catch {
    return null
  }
}

/** The URL token for a raw id text such as `f:<decimal>`. */
export function encodeUrlToken(raw: string): string {
  const b64 = btoa(raw).replace(/=+$/, '')
  return convertBase(b64, B64, GMAIL) ?? ''
}

function convertBase(text: string, from: string, to: string): string | null {
  let value = 0n
  const fromBase = BigInt(from.length)
  for (const char of text) {
    const digit = from.indexOf(char)
    if (digit < 0) return null
    value = value * fromBase + BigInt(digit)
  }
  const toBase = BigInt(to.length)
  let out = ''
  while (value > 0n) {
    out = to.charAt(Number(value % toBase)) + out
    value /= toBase
  }
  return out || to.charAt(0)
}
