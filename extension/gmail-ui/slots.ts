// Where Relais buttons belong on the current page: one in each visible thread's subject bar,
// one beside Reply in each expanded message. Stale hidden views and collapsed messages get none.

import {
  findMainToolbar,
  findMessageToolbar,
  findReplyButton,
  findSubject,
  findSubjectBar,
  findVisibleThreads,
  listExpandedMessages,
} from '../gmail/extract'

export interface Slot {
  kind: 'thread' | 'message'
  /** The element the button goes into; at most one of our buttons per container. */
  container: Element
  /** Insert before this node (null: at the end). */
  before: Node | null
  /** What a press clips: the message, or the thread's subject (any element of the thread). */
  target: Element
}

export function findSlots(doc: Document): Slot[] {
  const threads = findVisibleThreads(doc)
  const slots: Slot[] = []
  for (const thread of threads) {
    const subject = findSubject(thread)
    // The toolbar above the view is shared, so it only stands in when one thread is shown.
    const bar = findSubjectBar(thread) ?? (threads.length === 1 ? findMainToolbar(doc) : null)
    // Appended: after Print and New window, or after the subject when `.ha` is the bar.
    if (subject && bar) slots.push({ kind: 'thread', container: bar, before: null, target: subject })
    for (const message of listExpandedMessages(thread)) {
      const toolbar = findMessageToolbar(message)
      if (!toolbar) continue
      const reply = findReplyButton(message)
      const before = reply?.parentNode === toolbar ? reply : toolbar.firstChild
      slots.push({ kind: 'message', container: toolbar, before, target: message })
    }
  }
  return slots
}
