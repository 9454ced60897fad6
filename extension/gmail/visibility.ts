// Gmail keeps earlier views in the DOM as `display:none` siblings, so "in the document" is not
// "on screen". Only layout tells them apart; nothing here reads text.

/** True when neither the element nor an ancestor is hidden. */
export function isShown(el: Element): boolean {
  if (!el.isConnected) return false
  if (typeof el.checkVisibility === 'function') {
    // The `hidden` check is for DOMs without a user-agent stylesheet (tests); browsers agree.
    return el.checkVisibility({ visibilityProperty: true }) && el.closest('[hidden]') === null
  }
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (isHiddenBox(node)) return false
  }
  return true
}

/** True when this element alone renders nothing (its ancestors are not looked at). */
export function isHiddenBox(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true
  const view = el.ownerDocument.defaultView
  if (view) {
    const style = view.getComputedStyle(el)
    return style.display === 'none' || style.visibility === 'hidden'
  }
  // A document without a window (DOMParser) has no computed style: inline style is all there is.
  const inline = el.getAttribute('style') ?? ''
  return /(^|;)\s*display\s*:\s*none/i.test(inline) || /(^|;)\s*visibility\s*:\s*hidden/i.test(inline)
}
