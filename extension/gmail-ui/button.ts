// One Relais button: a host with a random tag name, a closed shadow root, a real <button> with
// a visible label and an accessible name, and room for a notice below it.

import type { UiEnv } from './env'
import { guardClick } from './guard-click'
import type { NoticeSurface } from './notice'
import { noticeArea } from './notice-area'
import { createShadowHost } from './shadow-host'
import { visibilityClock, type VisibilityClock } from './visibility-clock'

export interface ButtonOptions {
  tag: string
  label: string
  accessibleName: string
  title: string
}

export interface ButtonHandle extends NoticeSurface {
  host: HTMLElement
  /** The inner button. Reachable from our own code (and tests) only: the shadow root is closed. */
  button: HTMLButtonElement
  /** Inserts the host before `before` in `parent` and starts timing its visibility. */
  mount(parent: Node, before: Node | null): void
  visibleSince(): number | null
  setBusy(busy: boolean): void
  destroy(): void
}

/** A button that calls `onPress` for guarded (trusted, visible, uncovered) clicks only. */
export function createRelaisButton(
  doc: Document,
  options: ButtonOptions,
  onPress: (handle: ButtonHandle) => void,
  env: UiEnv,
): ButtonHandle {
  const { host, root } = createShadowHost(doc, options.tag)
  const button = doc.createElement('button')
  button.type = 'button'
  button.className = 'relais-button'
  button.textContent = options.label
  button.title = options.title
  button.setAttribute('aria-label', options.accessibleName)
  root.append(button)

  let clock: VisibilityClock | null = null
  const visibleSince = () => clock?.since() ?? null
  const notices = noticeArea(doc, root, host, visibleSince, env)
  const handle: ButtonHandle = {
    host,
    button,
    mount(parent, before) {
      parent.insertBefore(host, before)
      clock?.stop()
      clock = visibilityClock(host, env)
    },
    visibleSince,
    setBusy(busy) {
      button.setAttribute('aria-busy', String(busy))
    },
    showNotice: notices.showNotice,
    clearNotice: notices.clearNotice,
    destroy() {
      clock?.stop()
      clock = null
      host.remove()
    },
  }
  guardClick(button, host, visibleSince, env, () => onPress(handle))
  return handle
}
