// A thread sent from this browser a moment ago carries only its local `thread-a:r…` id; Gmail
// adds the hex id (`data-legacy-thread-id`) once the send is synced, usually within seconds. A
// clip taken in that window waits for it, briefly, so its link is the durable `#all/<hex>` one.

import { findSubject, findVisibleThread } from '../gmail/extract'

/** Resolves true when the visible thread's subject gets a hex id, false after `timeoutMs`. */
export function awaitThreadHexId(doc: Document, target: Element | undefined, timeoutMs: number): Promise<boolean> {
  const subject = (): Element | null => {
    const thread = findVisibleThread(doc, target)
    return thread ? findSubject(thread) : null
  }
  const ready = () => Boolean(subject()?.getAttribute('data-legacy-thread-id'))
  if (ready()) return Promise.resolve(true)
  return new Promise((resolve) => {
    const root = doc.documentElement
    let timer: ReturnType<typeof setTimeout> | undefined
    // Only attribute changes on the subject matter; the callback does no DOM work of its own.
    const observer = new MutationObserver(() => {
      if (ready()) finish(true)
    })
    const finish = (found: boolean) => {
      observer.disconnect()
      clearTimeout(timer)
      resolve(found)
    }
    observer.observe(root, { subtree: true, attributes: true, attributeFilter: ['data-legacy-thread-id'] })
    timer = setTimeout(() => finish(false), timeoutMs)
  })
}
