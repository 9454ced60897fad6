const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/**
 * Sortable ids made on the device (offline creates): 10 chars of time, then 16 of randomness,
 * in Crockford base32, so ids sort by creation time and never collide in practice.
 */
export function newId(now = Date.now()): string {
  let time = ''
  let t = now
  for (let i = 0; i < 10; i++) {
    time = ALPHABET[t % 32] + time
    t = Math.floor(t / 32)
  }
  const random = crypto.getRandomValues(new Uint8Array(16))
  let tail = ''
  for (const b of random) tail += ALPHABET[b % 32]
  return time + tail
}
