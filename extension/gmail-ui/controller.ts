// Runs the Gmail UI for one content-script lifetime: one MutationObserver whose callback only
// queues a scan, the scan itself on the next animation frame, the keyboard shortcut, and a
// clean teardown when WXT invalidates the context (extension updated or reloaded).

import type { ContentScriptContext } from 'wxt/utils/content-script-context'
import { readUiLanguage } from '../gmail/extract'
import { createBatcher } from './batcher'
import { createRelaisButton } from './button'
import { createCaptureActions } from './capture-actions'
import { browserEnv, type UiEnv } from './env'
import { gmailLabels } from './labels'
import { createScanner, type Placement } from './scanner'
import { isCaptureShortcut, isTypingTarget } from './shortcut'
import { randomTagName } from './tag-name'

export type UiContext = Pick<ContentScriptContext, 'onInvalidated' | 'addEventListener' | 'requestAnimationFrame'>

export interface GmailUi {
  /** Runs a scan now instead of on the next frame (tests). */
  scanNow(): void
  placements(): Placement[]
  stop(): void
}

// `class` and `style` flip when Gmail hides a view or collapses a message; `hidden` likewise.
const OBSERVED = { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'style', 'hidden'] }

export function startGmailUi(ctx: UiContext, env: UiEnv = browserEnv, doc: Document = document): GmailUi {
  const labels = gmailLabels(readUiLanguage(doc))
  const tag = randomTagName()
  const actions = createCaptureActions(doc, labels, tag, env)
  const scanner = createScanner(doc, (placement) =>
    createRelaisButton(
      doc,
      {
        tag,
        label: labels.button,
        accessibleName: placement.slot.kind === 'thread' ? labels.threadName : labels.messageName,
        title: labels.title,
      },
      (handle) => void actions.press(handle, placement.slot.target),
      env,
    ),
  )

  const batch = createBatcher(
    () => scanner.scan(),
    (run) => ctx.requestAnimationFrame(run),
  )
  const observer = new MutationObserver(() => batch.queue())
  observer.observe(doc.documentElement, OBSERVED)
  const win = doc.defaultView ?? window
  ctx.addEventListener(win, 'wxt:locationchange', () => batch.queue())
  ctx.addEventListener(
    win,
    'keydown',
    (event: KeyboardEvent) => {
      if (!event.isTrusted || !isCaptureShortcut(event) || isTypingTarget(event)) return
      event.preventDefault()
      void actions.shortcut()
    },
    { capture: true },
  )

  const stop = () => {
    observer.disconnect()
    scanner.clear()
    actions.clear()
  }
  ctx.onInvalidated(stop)
  batch.queue()
  return { scanNow: () => scanner.scan(), placements: () => scanner.placements(), stop }
}
