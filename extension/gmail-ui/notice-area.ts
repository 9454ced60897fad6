// The place inside a shadow root where a notice appears, one at a time. Its actions go through
// the click guard like the button does; the notice must itself have been up for a while, so a
// double-click lure cannot land its second click on a fallback that just appeared.

import type { UiEnv } from './env'
import { guardClick } from './guard-click'
import { buildNotice, type Notice, type NoticeSurface } from './notice'

export function noticeArea(
  doc: Document,
  root: ShadowRoot,
  host: Element,
  hostShownSince: () => number | null,
  env: UiEnv,
  onClear: () => void = () => {},
): NoticeSurface {
  let panel: HTMLElement | null = null
  let shownAt = 0
  const shownSince = () => {
    const since = hostShownSince()
    return since === null ? null : Math.max(since, shownAt)
  }
  const clearNotice = () => {
    panel?.remove()
    panel = null
    onClear()
  }
  const showNotice = (notice: Notice) => {
    panel?.remove()
    shownAt = env.now()
    panel = buildNotice(doc, notice, (control, action) => {
      guardClick(control, host, shownSince, env, () => {
        if (action.dismiss) clearNotice()
        action.run()
      })
    })
    root.append(panel)
    // Under the last message the panel can open below the fold; bring it into view.
    panel.scrollIntoView?.({ block: 'nearest' })
  }
  return { showNotice, clearNotice }
}
