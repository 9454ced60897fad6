// Finding the thread on screen and its messages. Shared by the extractor and the content
// script that places buttons, so both agree on what "the open thread" is.

import { SELECTORS, queryAny, type SelectorList } from './selectors'
import { isShown } from './visibility'

const MESSAGE = SELECTORS.message.join(',')
const EXPANDED = SELECTORS.expandedMessage.join(',')

/** Every thread view on screen, each as the element that holds that thread only. */
export function findVisibleThreads(doc: Document): Element[] {
  const roots: Element[] = []
  for (const subject of queryAny(doc, SELECTORS.subject)) {
    if (!isShown(subject)) continue
    const root = threadRootOf(subject)
    if (root && !roots.includes(root)) roots.push(root)
  }
  return roots
}

/**
 * The thread on screen, or the one holding `target`. Null when there is none, or when two are
 * shown and nothing says which one is meant.
 */
export function findVisibleThread(doc: Document, target?: Element): Element | null {
  const roots = findVisibleThreads(doc)
  if (target) return roots.find((root) => root.contains(target)) ?? null
  return roots.length === 1 ? (roots[0] ?? null) : null
}

/** The thread's subject heading (`h2`), the visible one. */
export function findSubject(thread: Element): Element | null {
  return firstShown(thread, SELECTORS.subject)
}

/** Where thread-wide buttons go, beside Print and New window. */
export function findSubjectBar(thread: Element): Element | null {
  return firstShown(thread, SELECTORS.subjectBar)
}

/** The toolbar above the view (Archive, Delete…): a fallback place for a thread button. */
export function findMainToolbar(doc: Document): Element | null {
  return firstShown(doc, SELECTORS.mainToolbar)
}

/** Messages on screen in thread order, expanded or collapsed; the older-messages stub holds none. */
export function listMessages(thread: Element): Element[] {
  return queryAny(thread, SELECTORS.message).filter((el) => isOutermost(el, thread) && isShown(el))
}

/** Messages whose body is rendered: the only ones that can be clipped. */
export function listExpandedMessages(thread: Element): Element[] {
  return listMessages(thread).filter(isExpanded)
}

/** Its body is on screen; or, if Gmail renamed the body, the message itself is the expanded kind. */
export function isExpanded(message: Element): boolean {
  if (firstShown(message, SELECTORS.body)) return true
  // A hidden body is a collapsed message; no body at all, on an expanded message, is a renamed one.
  return message.matches(EXPANDED) && message.querySelector(SELECTORS.body.join(',')) === null
}

/** The message `target` is in (or is), within `thread`. */
export function messageOf(target: Element, thread: Element): Element | null {
  let message = target.closest(MESSAGE)
  while (message && thread.contains(message)) {
    const outer = message.parentElement?.closest(MESSAGE)
    if (!outer || !thread.contains(outer)) return message
    message = outer
  }
  return null
}

/** The cell holding Reply and More, where a per-message button goes. */
export function findMessageToolbar(message: Element): Element | null {
  return firstShown(message, SELECTORS.messageToolbar) ?? findReplyButton(message)?.parentElement ?? null
}

export function findReplyButton(message: Element): Element | null {
  return firstShown(message, SELECTORS.replyButton)
}

/** First shown element of the earliest selector with a shown match. */
export function firstShown(root: ParentNode, selectors: SelectorList): Element | null {
  for (const selector of selectors) {
    for (const el of root.querySelectorAll(selector)) {
      if (isShown(el)) return el
    }
  }
  return null
}

function threadRootOf(subject: Element): Element | null {
  for (const selector of SELECTORS.threadRoot) {
    const root = subject.closest(selector)
    if (root) return root
  }
  return null
}

function isOutermost(message: Element, thread: Element): boolean {
  const outer = message.parentElement?.closest(MESSAGE)
  return !outer || !thread.contains(outer)
}
