// A floating notice for the keyboard shortcut, which has no button to speak from (the shortcut
// also works on pages without a thread, where the fallback is all there is).

import type { UiEnv } from './env'
import type { NoticeSurface } from './notice'
import { noticeArea } from './notice-area'
import { createShadowHost } from './shadow-host'
import { visibilityClock } from './visibility-clock'

export interface Toast extends NoticeSurface {
  host: HTMLElement
  destroy(): void
}

/** A toast pinned to the top right of the page; it goes away with its notice. */
export function createToast(doc: Document, tag: string, env: UiEnv): Toast {
  const { host, root } = createShadowHost(doc, tag)
  host.className = 'relais-toast'
  const parent = doc.body ?? doc.documentElement
  parent.append(host)
  const clock = visibilityClock(host, env)
  const destroy = () => {
    clock.stop()
    host.remove()
  }
  const area = noticeArea(doc, root, host, clock.since, env, destroy)
  return { host, showNotice: area.showNotice, clearNotice: area.clearNotice, destroy }
}
