// Every piece of UI we put into Gmail lives in a CLOSED shadow root: `host.shadowRoot` is null
// for page scripts, so they can neither read our labels nor reach our buttons directly.

import { SHADOW_CSS } from './styles'

export interface ShadowHost {
  host: HTMLElement
  root: ShadowRoot
}

// Gmail acts on clicks and keys around its own buttons (a click in a message header collapses
// the message; keys are shortcuts). Events from our UI stop at our root so Gmail never sees them.
const CONTAINED_EVENTS = ['click', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress'] as const

// Closed roots stay reachable to our own code (and tests) through this map; content scripts run
// in an isolated world, so the page cannot reach it.
const roots = new WeakMap<Element, ShadowRoot>()

export function shadowRootOf(host: Element): ShadowRoot | undefined {
  return roots.get(host)
}

/** A host element named `tag` holding a closed shadow root with our styles. */
export function createShadowHost(doc: Document, tag: string): ShadowHost {
  const host = doc.createElement(tag)
  const root = host.attachShadow({ mode: 'closed' })
  const style = doc.createElement('style')
  style.textContent = SHADOW_CSS
  root.append(style)
  for (const type of CONTAINED_EVENTS) root.addEventListener(type, (event) => event.stopPropagation())
  roots.set(host, root)
  return { host, root }
}
