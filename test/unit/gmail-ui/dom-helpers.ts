// happy-dom has no layout and no trusted events. These stand in for a real browser where the
// tests need one: a click the browser would mark trusted, and a page where our host is on top.

import { vi } from 'vitest'

/** A click as a real user's would arrive: `isTrusted` is true. */
export function trustedClick(el: Element): void {
  const event = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true })
  Object.defineProperty(event, 'isTrusted', { value: true })
  el.dispatchEvent(event)
}

/** A click as a page script can make one: `isTrusted` is false. */
export function scriptedClick(el: Element): void {
  el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }))
}

export function trustedKey(target: EventTarget, init: KeyboardEventInit): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, composed: true, cancelable: true, ...init })
  Object.defineProperty(event, 'isTrusted', { value: true })
  target.dispatchEvent(event)
  return event
}

/**
 * Gives every element a 20×20 box and makes `elementFromPoint` answer with `hit()` (by default
 * the host of the last element measured, as a browser does for closed shadow content).
 */
export function fakeLayout(hit?: () => Element | null): void {
  let lastHost: Element | null = null
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const root = this.getRootNode()
    lastHost = root && 'host' in root ? (root as ShadowRoot).host : this
    return { x: 10, y: 10, left: 10, top: 10, width: 20, height: 20, right: 30, bottom: 30, toJSON: () => ({}) } as DOMRect
  })
  document.elementFromPoint = () => (hit ? hit() : lastHost)
}

/** Lets pending promise callbacks (the capture's awaits) run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve()
  await new Promise((resolve) => setTimeout(resolve, 0))
}
