// The words the sender wrote in this message: quoted history and the parts Gmail trims behind
// "…" (repeated signatures, old replies) are left out; a forwarded message is kept. A selection
// inside the message wins, since the user picked exactly what matters.

import { SELECTORS } from './selectors'
import { firstShown } from './thread'
import { tidy, visibleText, type Skip } from './text'

const NOT_OWN_TEXT = SELECTORS.notOwnText.join(',')
const QUOTE_WRAPPER = SELECTORS.quoteWrapper.join(',')

const notOwnText: Skip = (el) => el.matches(NOT_OWN_TEXT) || (el.matches(QUOTE_WRAPPER) && wrapsReply(el))

// Its own blockquote, not one nested in a forwarded mail's history.
function wrapsReply(wrapper: Element): boolean {
  return [...wrapper.querySelectorAll('blockquote')]
    .some((quote) => quote.parentElement?.closest(QUOTE_WRAPPER) === wrapper)
}

export interface BodyText {
  text: string
  source: 'selection' | 'message'
}

/** Null when the message shows no body (collapsed, or a structure we do not know). */
export function readBody(message: Element, selection: Selection | null): BodyText | null {
  const body = firstShown(message, SELECTORS.body)
  if (!body) return null
  const selected = selectionWithin(selection, message)
  if (selected) return { text: selected, source: 'selection' }
  return { text: visibleText(body, notOwnText), source: 'message' }
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
