// What a press (or the shortcut) does: capture, and when that fails, tell the user right where
// they pressed and offer the fallback. Never a silent failure.

import { findVisibleThread } from '../gmail/extract'
import type { ButtonHandle } from './button'
import { captureFallback, captureGmail, snapshotPage, type CaptureOutcome } from './capture'
import type { PageSnapshot } from './content'
import type { UiEnv } from './env'
import type { GmailLabels } from './labels'
import type { Notice, NoticeSurface } from './notice'
import { createToast, type Toast } from './toast'

export interface CaptureActions {
  /** A guarded press on a Relais button; `target` is the message or thread it serves. */
  press(handle: ButtonHandle, target: Element): Promise<void>
  /** The keyboard shortcut (already matched and trusted). */
  shortcut(): Promise<void>
  clear(): void
}

export function createCaptureActions(doc: Document, labels: GmailLabels, tag: string, env: UiEnv): CaptureActions {
  const busy = new WeakSet<object>()
  let toast: Toast | null = null

  const toastSurface: NoticeSurface = {
    showNotice(notice) {
      if (!toast?.host.isConnected) toast = createToast(doc, tag, env)
      toast.showNotice(notice)
    },
    clearNotice() {
      toast?.destroy()
      toast = null
    },
  }

  // One capture at a time per surface: a double click must not open two forms.
  const run = async (surface: NoticeSurface, capture: () => Promise<CaptureOutcome>, page: PageSnapshot) => {
    if (busy.has(surface)) return
    busy.add(surface)
    try {
      const outcome = await capture()
      if (outcome.ok) surface.clearNotice()
      else surface.showNotice(noticeFor(outcome.reason, page, surface))
    } finally {
      busy.delete(surface)
    }
  }

  const noticeFor = (reason: 'unrecognized' | 'send-failed', page: PageSnapshot, surface: NoticeSurface): Notice => {
    const dismiss = { label: labels.dismiss, dismiss: true, run: () => {} }
    // The background did not take the draft: a fallback would go the same way, so only say so.
    if (reason === 'send-failed') return { message: labels.sendFailed, actions: [dismiss] }
    const fallback = (snapshot: PageSnapshot) => () => void run(surface, () => captureFallback(snapshot), snapshot)
    const actions = []
    if (page.selection) actions.push({ label: labels.clipSelection, run: fallback(page) })
    actions.push({ label: labels.clipPage, run: fallback({ ...page, selection: '' }) })
    actions.push(dismiss)
    return { message: labels.unrecognized, actions }
  }

  return {
    async press(handle, target) {
      if (busy.has(handle)) return
      const page = snapshotPage(doc)
      handle.setBusy(true)
      try {
        await run(handle, () => captureGmail(doc, page.url, target.isConnected ? target : handle.host), page)
      } finally {
        handle.setBusy(false)
      }
    },
    async shortcut() {
      const page = snapshotPage(doc)
      await run(toastSurface, () => captureGmail(doc, page.url, focusedTarget(doc)), page)
    },
    clear() {
      toastSurface.clearNotice()
    },
  }
}

// Focus inside a message (Gmail's keyboard navigation) names that message; elsewhere the
// extractor takes the last expanded message of the only visible thread.
function focusedTarget(doc: Document): Element | undefined {
  const active = doc.activeElement
  return active && findVisibleThread(doc, active) ? active : undefined
}
