// Ordered lists, most robust first: attributes Gmail uses for its own logic (ids, `gh=`,
// `download_url`), then the obfuscated class names that have held for years, then structure.
// Nothing here matches localized text. The history behind each entry is in
// shared/research/gmail-dom.md, section 1.

export const SELECTORS = {
  /** The thread subject; stale hidden copies exist, so callers keep only visible ones. */
  subject: ['h2[data-legacy-thread-id]', 'h2[data-thread-perm-id]', 'h2.hP', '.ha h2'],
  /** From the subject up to the element that holds one thread and nothing else. */
  threadRoot: ['.a98.iY', '.iY', '.if', '[role=main]'],
  /** Buttons for the whole thread sit here, next to Print and New window. */
  subjectBar: ['.bHJ', '.V8djrc.byY', '.ha'],
  /** The toolbar above the thread (Archive, Delete…), outside the thread element. */
  mainToolbar: ['[gh=tm] [gh=mtb]', '[gh=mtb]'],
  /** One message, expanded or collapsed; nested matches are dropped by the caller. */
  message: ['[data-message-id]', '[data-legacy-message-id]', 'div.adn', 'div.adf.ads'],
  /** An expanded message, told by its own class or its list item's state rather than by its body. */
  expandedMessage: ['div.adn.ads', '[role=listitem][aria-expanded=true] > [data-message-id]'],
  /** Only expanded messages carry a body. */
  body: ['div.ii.gt div.a3s', 'div.a3s.aiL', 'div.a3s', 'div.ii.gt'],
  /** Kept to the sender cell: a looser match would pick a recipient on the next header row. */
  sender: ['span.gD[email]', 'span.gD[data-hovercard-id]', 'h3.iw [email]', 'td.gF [email]', 'td.gF [data-hovercard-id]'],
  recipients: ['span.hb span.g2[email]', 'span.hb [email]', 'tr.acZ.xD [email]'],
  /** The line that lists recipients, whatever it holds. */
  recipientsLine: ['span.hb', 'tr.acZ.xD'],
  date: ['span.g3[title]', '.gK .g3[title]', 'td.gH [title]'],
  attachment: ['div.hq.gt div.aQH > span.aZo', 'span.aZo', '[download_url]'],
  attachmentName: ['span.aV3', '.aQA span'],
  attachmentSize: ['span.SaH2Ve'],
  /** The cell beside Reply and More, where a per-message button goes. */
  messageToolbar: ['td.gH.acX', 'td.acX'],
  /** Reply in icon mode, then in text-label mode (2024). */
  replyButton: ['div.aaq[role=button]', 'div.bsQ[role=button]', '.aaq', '.bsQ'],
  /** Gmail's trimmed parts of a body and other clients' attribution lines; quotes are in history.ts. */
  notOwnText: [
    '.moz-cite-prefix',
    '.HOEnZb',
    '.adm',
    '.h5',
    '.ajR',
    '.ajU',
    '.yj6qo',
    '.adL',
    // The elided-text toggle as Gmail's server writes it (`span#q_…` "§"), before the client
    // turns it into `.ajR`; the text it reveals sits in a `display:none` sibling.
    '[id^="q_"]',
  ],
  /** A message's header rows (sender, date, recipients, buttons) and attachment cards, left out of a fallback body. */
  messageChrome: ['div.gE', 'table.cf.gJ', 'h3.iw', '.ajy', '[role=button]', '[aria-hidden=true]', 'div.hq'],
} as const

export type SelectorList = readonly string[]

/** First element matched by the earliest selector of the list that matches anything. */
export function queryFirst(root: ParentNode, selectors: SelectorList): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector)
    if (found) return found
  }
  return null
}

/** Every element matched by the earliest selector of the list that matches anything. */
export function queryAllFirst(root: ParentNode, selectors: SelectorList): Element[] {
  for (const selector of selectors) {
    const found = [...root.querySelectorAll(selector)]
    if (found.length > 0) return found
  }
  return []
}

/** Every element matched by any selector of the list, in document order. */
export function queryAny(root: ParentNode, selectors: SelectorList): Element[] {
  return [...root.querySelectorAll(selectors.join(','))]
}
