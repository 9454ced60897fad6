// Gmail's `jslog` attribute on a message body carries base64 JSON slots:
// `1:` ["#thread-f:N"] and `4:` ["#msg-f:N", …]. It is logging data, so a last resort.

/** The first string of the JSON array in slot `slot` of a jslog attribute. */
export function readJslogSlot(jslog: string | null, slot: number): string | null {
  if (!jslog) return null
  const prefix = `${slot}:`
  for (const part of jslog.split(';')) {
    const entry = part.trim()
    if (!entry.startsWith(prefix)) continue
    const decoded = decodeJson(entry.slice(prefix.length))
    if (!Array.isArray(decoded)) return null
    const first: unknown = decoded[0]
    return typeof first === 'string' ? first : null
  }
  return null
}

function decodeJson(base64: string): unknown {
  try {
    return JSON.parse(atob(base64))
  } catch {
    return null
  }
}
