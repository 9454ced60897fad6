// What the UI needs from the browser beyond the DOM: a clock and "is this element on screen".
// Kept behind an interface because test DOMs have no layout, so visibility never changes there.

export interface UiEnv {
  now(): number
  /** Reports when `el` enters (true) or leaves (false) the viewport; returns a stop function. */
  watchVisibility(el: Element, onChange: (visible: boolean) => void): () => void
}

export const browserEnv: UiEnv = {
  now: () => performance.now(),
  watchVisibility(el, onChange) {
    if (typeof IntersectionObserver !== 'function') {
      onChange(true)
      return () => {}
    }
    const observer = new IntersectionObserver((entries) => {
      const last = entries.at(-1)
      if (last) onChange(last.isIntersecting)
    })
    observer.observe(el)
    return () => observer.disconnect()
  },
}
