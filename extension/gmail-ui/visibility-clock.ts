// Remembers since when an element has been on screen. A click on UI that appeared a moment ago
// is how clickjacking lures work (the UI is slid under a cursor already on its way), so clicks
// need the UI to have been visible for a while first.

import type { UiEnv } from './env'

export interface VisibilityClock {
  /** When the element last came on screen, or null while it is off screen. */
  since(): number | null
  stop(): void
}

export function visibilityClock(el: Element, env: UiEnv): VisibilityClock {
  let since: number | null = null
  const stop = env.watchVisibility(el, (visible) => {
    if (visible && since === null) {
      since = env.now()
      // When the click guard starts counting, for DevTools and the end-to-end test (which then
      // knows when a real click will be taken). The page could see our button anyway.
      performance.mark('relais-gmail:on-screen', { startTime: since })
    } else if (!visible) {
      since = null
    }
  })
  return { since: () => since, stop }
}
