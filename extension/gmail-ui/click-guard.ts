// Checks every click on our UI before acting on it. Only a real user click counts: page scripts
// can dispatch clicks (isTrusted false) and can try to trick a real click onto our UI by making
// it nearly transparent, covering it, or sliding it under the cursor (DOM-based extension
// clickjacking, Tóth 2025; KeePassXC-Browser's fix uses the same 0.7 opacity floor).
// See shared/research/security-and-sync.md §1 E7.

export const MIN_OPACITY = 0.7
export const MIN_VISIBLE_MS = 500

export interface ClickCheck {
  event: Event
  /** The element of our UI that was clicked (inside the closed shadow root). */
  control: Element
  /** The shadow host in the page. */
  host: Element
  /** Since when the control has been on screen (null: not on screen). */
  shownSince: number | null
  now: number
}

/** True only for a trusted click on UI that is opaque, on top and has been visible long enough. */
export function isClickAllowed(check: ClickCheck): boolean {
  if (!check.event.isTrusted) return false
  if (check.shownSince === null || check.now - check.shownSince < MIN_VISIBLE_MS) return false
  if (!check.host.isConnected) return false
  return isOpaqueUpward(check.control) && isOnTop(check.control, check.host)
}

/** Every element from `el` up to the root, crossing shadow boundaries, is at least 70% opaque. */
export function isOpaqueUpward(el: Element): boolean {
  const view = el.ownerDocument.defaultView
  if (!view) return false
  for (let node: Element | null = el; node; node = composedParent(node)) {
    if (opacityOf(view.getComputedStyle(node)) < MIN_OPACITY) return false
  }
  return true
}

/** The page reports our host at the control's centre: nothing covers it. */
export function isOnTop(control: Element, host: Element): boolean {
  const rect = control.getBoundingClientRect()
  if (rect.width <= 0 || rect.height <= 0) return false
  const hit = host.ownerDocument.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2)
  return hit === host
}

// `opacity` and `filter: opacity()` both fade an element; the lower one counts.
function opacityOf(style: CSSStyleDeclaration): number {
  let value = parseOpacity(style.opacity)
  for (const match of (style.filter ?? '').matchAll(/opacity\(\s*([\d.]+)(%?)\s*\)/g)) {
    const amount = Number(match[1]) / (match[2] ? 100 : 1)
    if (Number.isFinite(amount)) value = Math.min(value, amount)
  }
  return value
}

function parseOpacity(text: string): number {
  const value = Number.parseFloat(text)
  return Number.isFinite(value) ? value : 1
}

function composedParent(el: Element): Element | null {
  if (el.parentElement) return el.parentElement
  const parent = el.parentNode
  return parent && parent.nodeType === 11 && 'host' in parent ? (parent as ShadowRoot).host : null
}
