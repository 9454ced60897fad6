// The eligible-text walk: a plain TreeWalker over text nodes, with no NodeFilter
// callback (a JS filter costs 5–7× the walk itself). Excluded subtrees come
// from one querySelectorAll, in document order, and are jumped over.
import { EXCLUDED_PARENTS, SKIPPED_SUBTREES } from './exclusions'

/** Shorter text cannot hold a term; it is mostly whitespace between elements. */
const MIN_TEXT = 2

export interface WalkOptions {
  /** More subtrees to skip (the extension's host is always skipped). */
  readonly skip?: readonly Element[]
}

export function eligibleTextNodes(root: Node, options: WalkOptions = {}): Text[] {
  const doc = root.ownerDocument ?? (root as Document)
  if (doc.designMode === 'on') return []
  const out: Text[] = []
  const excluded = excludedRoots(root, options.skip ?? [])
  let e = 0
  let next: Element | undefined = excluded[0]
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const text = node as Text
    if (text.data.length < MIN_TEXT) continue
    // Both lists are in document order: only the next excluded root can contain this node.
    let inside = false
    while (next !== undefined) {
      const position = next.compareDocumentPosition(text)
      inside = (position & Node.DOCUMENT_POSITION_CONTAINED_BY) !== 0
      if (inside || (position & Node.DOCUMENT_POSITION_FOLLOWING) === 0) break
      next = excluded[++e]
    }
    if (inside && next !== undefined) {
      // Jump to the subtree's last node so the walker resumes after it, and drop the
      // excluded roots nested inside it.
      walker.currentNode = lastDescendant(next)
      const outer = next
      while (next !== undefined && outer.contains(next)) next = excluded[++e]
      continue
    }
    const parent = text.parentNode
    if (parent === null || EXCLUDED_PARENTS.has((parent as Element).localName)) continue
    out.push(text)
  }
  return out
}

/** Excluded subtree roots under `root` (not `root` itself: callers check that), in document order. */
function excludedRoots(root: Node, extra: readonly Element[]): Element[] {
  if (!('querySelectorAll' in root)) return []
  const found = [...(root as ParentNode).querySelectorAll(SKIPPED_SUBTREES)]
  const more = extra.filter((el) => root.contains(el) && !found.includes(el))
  if (more.length === 0) return found
  return [...found, ...more].sort((a, b) => ((a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 ? -1 : 1))
}

function lastDescendant(node: Node): Node {
  let last = node
  while (last.lastChild !== null) last = last.lastChild
  return last
}
