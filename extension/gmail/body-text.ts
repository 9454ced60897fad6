// The words the sender wrote in this message: quoted history and the parts Gmail trims behind
// "…" (repeated signatures, old replies) are left out; a forwarded message and the author's
// layout (indents, tables, signature) are kept (see history.ts). A selection inside the message
// wins, since the user picked exactly what matters.

import { isHistory } from './history'
import { SELECTORS } from './selectors'
import { tidy, visibleText } from './text'
import { firstShown } from './thread'

export interface BodyText {
  text: string
  /**
   * `selection`: the user's; `message`: the body without history; `whole`: the body with its
   * history, because cutting left nothing; `fallback`: the message's visible text, because no
   * body element was found.
   */
  source: 'selection' | 'message' | 'whole' | 'fallback'
}

/** Null when the message has a body that shows no text (an attachment-only mail). */
export function readBody(message: Element, selection: Selection | null): BodyText | null {
  const selected = selectionWithin(selection, message)
  if (selected) return { text: selected, source: 'selection' }
  const body = firstShown(message, SELECTORS.body)
  if (body) {
    const own = visibleText(body, isHistory)
    if (own) return { text: own, source: 'message' }
    const whole = visibleText(body)
    if (whole) return { text: whole, source: 'whole' }
  }
  // No body where Gmail shows one, or an empty one: what the reader sees, minus the header rows.
  return { text: visibleText(message, (el) => el.matches(SELECTORS.messageChrome.join(','))), source: 'fallback' }
}

/** The selected text when every selected range lies inside `container`. */
export function selectionWithin(selection: Selection | null, container: Element): string | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null
  for (let i = 0; i < selection.rangeCount; i++) {
    const range = selection.getRangeAt(i)
    if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null
  }
  const text = tidy(selection.toString())
  return text === '' ? null : text
}
