// Gmail names the same thread or message two ways: `thread-f:<decimal>` / `msg-f:<decimal>`
// (the "perm" ids) and a legacy hex id, which is the same number in base 16. The top bits are
// the millisecond the id was made, which dates a message without reading localized text.
// Ids of mail sent from this browser and not synced yet (`thread-a:r…`, `msg-a:r…`) have no
// hex twin. Checked against real gmail.js payloads in test/unit/gmail/thread-id.test.ts.

const HEX = /^[0-9a-f]{1,16}$/i
const PERM = /^#?(thread|msg)-f:(\d{1,20})$/
const MAX_ID = (1n << 64n) - 1n
// Ids older than Gmail or too far ahead mean we read something else than an id.
const EARLIEST = Date.UTC(2004, 0, 1)
const LATEST = Date.UTC(2100, 0, 1)

/** The legacy hex id, lower-case, or null when the string is not one. */
export function normalizeHex(raw: string | null | undefined): string | null {
  if (!raw) return null
  const trimmed = raw.trim()
  if (!HEX.test(trimmed)) return null
  return BigInt(`0x${trimmed}`).toString(16)
}

/** Hex id of a `thread-f:N` / `msg-f:N` perm id (with or without the leading `#`). */
export function permToHex(raw: string | null | undefined): string | null {
  const match = raw ? PERM.exec(raw.trim()) : null
  const decimal = match?.[2]
  if (!decimal) return null
  const value = BigInt(decimal)
  if (value === 0n || value > MAX_ID) return null
  return value.toString(16)
}

/** `thread-f:N` or `msg-f:N` for a hex id. */
export function hexToPerm(hex: string, kind: 'thread' | 'msg'): string | null {
  const normalized = normalizeHex(hex)
  return normalized ? `${kind}-f:${BigInt(`0x${normalized}`).toString(10)}` : null
}

/** When Gmail made this id, in ms since epoch, or null when it cannot be an id's time. */
export function hexToTime(hex: string): number | null {
  const normalized = normalizeHex(hex)
  if (!normalized) return null
  const ms = Number(BigInt(`0x${normalized}`) >> 20n)
  return ms >= EARLIEST && ms <= LATEST ? ms : null
}

/** A `msg-a:r…` / `thread-a:r…` id as Gmail writes it, without the leading `#`. */
export function localPermId(raw: string | null | undefined): string | null {
  const match = raw ? /^#?((?:thread|msg)-a:r-?\d{1,20})$/.exec(raw.trim()) : null
  return match?.[1] ?? null
}
