// Tells quoted history from layout inside a message body. Gmail wraps both a reply's history and
// a forwarded mail in `gmail_quote` blocks; what tells them apart is the attribution line: a
// forward opens with a dashed header ("---------- Forwarded message ---------", in the
// sender's language), a reply with "On … wrote:". A blockquote is history only when it looks
// like one (Gmail's class, `type=cite`, a left border): Gmail's Indent button makes borderless
// blockquotes that are the author's own layout. Mail received from elsewhere carries its classes
// with a `m_<number>` prefix (Gmail rewrites them), so class names are matched with it too.

import { SELECTORS } from './selectors'

const GMAIL_TRIMMED = SELECTORS.notOwnText.join(',')

// "----- Forwarded message -----", "-------- Message transféré --------", "---- Original Message ----"
// are all dashed. Reply attributions never start with dashes.
const DASHED_HEADER = /^[\s\u00a0]*-{4,}[^\n]{2,80}?-{4,}/
// Outlook's plain header ("-----Original Message-----") and its From:/Sent: block are replies.
const ORIGINAL_MESSAGE =
  /^[\s\u00a0]*-{4,}\s*(original message|message d'origine|ursprüngliche nachricht|mensaje original|messaggio originale)/i

/** True for an element whose class list holds `name`, bare or with Gmail's `m_<id>` prefix. */
export function hasGmailClass(el: Element, name: string): boolean {
  for (const token of el.classList) {
    if (token === name || (token.startsWith('m_') && token.endsWith(name))) return true
  }
  return false
}

function isQuoteWrapper(el: Element): boolean {
  return hasGmailClass(el, 'gmail_quote') && el.tagName !== 'BLOCKQUOTE'
}

/** The attribution of a quote wrapper: its `gmail_attr` line, else the text before its first block. */
function attribution(wrapper: Element): string {
  for (const child of wrapper.children) {
    if (hasGmailClass(child, 'gmail_attr')) return child.textContent ?? ''
  }
  // Before 2019 the attribution was bare text (or in Gmail's `span.im`) at the wrapper's start.
  return (wrapper.textContent ?? '').slice(0, 200)
}

/** A forwarded mail: the wrapper opens with a dashed header that is not Outlook's reply header. */
export function isForwardWrapper(el: Element): boolean {
  if (!isQuoteWrapper(el)) return false
  const text = attribution(el)
  return DASHED_HEADER.test(text) && !ORIGINAL_MESSAGE.test(text)
}

/** A blockquote that quotes a message, as opposed to Indent formatting. */
export function isQuoteBlockquote(el: Element): boolean {
  if (el.tagName !== 'BLOCKQUOTE') return false
  if (hasGmailClass(el, 'gmail_quote') || el.getAttribute('type') === 'cite') return true
  const style = (el.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '')
  // Gmail, Thunderbird and Apple Mail quote with a left border; Indent writes `border:none`.
  return /border-left(-style|-width)?:(?!none|0(px)?(;|$))/.test(style)
}

/**
 * True for the parts of a body that are not the author's words in this message: Gmail's trimmed
 * parts, reply wrappers and quoting blockquotes. Forwards and indents are kept; what a forward
 * quotes in turn is history again, and cut by the same rules.
 */
export function isHistory(el: Element): boolean {
  if (el.matches(GMAIL_TRIMMED) || isCollapsedByStyle(el)) return true
  if (isQuoteWrapper(el)) return !isForwardWrapper(el) && holdsQuote(el)
  return isQuoteBlockquote(el)
}

// A reply wrapper holds the quote itself; a wrapper without one (a reply whose history was
// deleted by hand, Gmail's talon-style leftover) holds the author's own words.
function holdsQuote(wrapper: Element): boolean {
  if (hasGmailClass(wrapper, 'gmail_quote_container')) return true
  for (const quote of wrapper.querySelectorAll('blockquote')) {
    if (isQuoteBlockquote(quote)) return true
  }
  return [...wrapper.children].some((child) => hasGmailClass(child, 'gmail_attr'))
}

// Text squeezed out of sight by inline style: preheaders and tracking marks (white 1px blocks
// that senders' tools append). Browsers render nothing readable there; neither do we.
function isCollapsedByStyle(el: Element): boolean {
  const style = (el.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '')
  return /(^|;)(max-height:(0|1px)|font-size:0|opacity:0)(;|$|[a-z%]*;?)/.test(style)
}
