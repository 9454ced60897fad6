// Where glossary marks never go: what the user types into, code, scripts and
// styles, drawings, and the extension's own UI. Parents are checked by name
// (cheap, per text node); whole subtrees are found once with one query.

/** Spans the fallback marker wrapped: already marked, never rescanned. */
export const OWN_MARK_ATTRIBUTE = 'data-relais-mark'

/** Text directly inside these is never scanned. */
export const EXCLUDED_PARENTS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'title',
  'option',
  'select',
  'input',
  'button',
  'code',
  'pre',
  'kbd',
  'samp',
])

/**
 * Subtrees skipped as a whole. Code blocks hold their text in nested spans, and editable
 * regions in nested blocks, so checking the direct parent is not enough for them.
 */
export const EXCLUDED_SUBTREES = [
  'code',
  'pre',
  'svg',
  'math',
  'textarea',
  'select',
  'button',
  'script',
  'style',
  'noscript',
  '[contenteditable]:not([contenteditable="false" i])',
  '[role="textbox"]',
].join(',')

/** Everything a walk jumps over: the page's excluded regions and our own marks. */
export const SKIPPED_SUBTREES = `${EXCLUDED_SUBTREES},[${OWN_MARK_ATTRIBUTE}]`

/**
 * Is a node in a place the glossary skips? For the incremental rescan, where a root arrives
 * alone; the full walk uses the cheaper ordered list instead. `skip` holds our own host.
 */
export function isExcludedPlace(node: Node, skip: readonly Element[] = []): boolean {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement
  if (element === null) return true
  if (node.nodeType === Node.TEXT_NODE && EXCLUDED_PARENTS.has(element.localName)) return true
  if (element.ownerDocument.designMode === 'on') return true
  if (skip.some((own) => own.contains(element))) return true
  return element.closest(SKIPPED_SUBTREES) !== null
}
