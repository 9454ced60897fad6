// A message's ids, from its data attributes, else from its body's jslog. Attributes may sit on
// an inner element when the message was matched by class.

import { readJslogSlot } from './jslog'
import { localPermId, normalizeHex, permToHex } from './thread-id'

export interface MessageIds {
  /** Legacy hex id; null for a fresh reply that Gmail has not synced yet. */
  hex: string | null
  /** The hex id, else the `msg-a:r…` id of a fresh reply. */
  id: string
}

export function readMessageIds(message: Element): MessageIds | null {
  const perm = attribute(message, 'data-message-id')
  const hex = normalizeHex(attribute(message, 'data-legacy-message-id')) ?? permToHex(perm) ?? permToHex(jslogSlot(message, 4))
  if (hex) return { hex, id: hex }
  const local = localPermId(perm)
  return local ? { hex: null, id: local } : null
}

/** Thread id named by the message body's jslog (`1:` slot), as hex. */
export function threadHexFromJslog(message: Element): string | null {
  const value = jslogSlot(message, 1)
  return value && /^#?thread-f:/.test(value) ? permToHex(value) : null
}

function attribute(message: Element, name: string): string | null {
  return message.getAttribute(name) ?? message.querySelector(`[${name}]`)?.getAttribute(name) ?? null
}

function jslogSlot(message: Element, slot: number): string | null {
  for (const el of message.querySelectorAll('div.ii[jslog], [jslog]')) {
    const value = readJslogSlot(el.getAttribute('jslog'), slot)
    if (value) return value
  }
  return null
}
