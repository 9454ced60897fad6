// Which text is under a point. caretPositionFromPoint costs well under a
// millisecond whatever the number of highlights (highlightsFromPoint grows
// with them: 25 ms a call at 2.7k ranges).
import type { MatchStore, NodeMatch } from './match-store'

export interface Caret {
  readonly node: Node
  readonly offset: number
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null
  caretRangeFromPoint?: (x: number, y: number) => Range | null
}

export function caretAt(doc: Document, x: number, y: number): Caret | null {
  const d = doc as CaretDocument
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y)
    return p ? { node: p.offsetNode, offset: p.offset } : null
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y)
    return r ? { node: r.startContainer, offset: r.startOffset } : null
  }
  return null
}

export interface Hit {
  readonly node: Text
  readonly match: NodeMatch
  /** The box of the match's line under the point. */
  readonly rect: DOMRect
}

/**
 * The match under a point, if the point is really on it: the caret snaps to the nearest
 * character even beside the text, so the match's own boxes decide.
 */
export function matchAt(doc: Document, store: MatchStore, x: number, y: number): Hit | null {
  const caret = caretAt(doc, x, y)
  if (caret === null || caret.node.nodeType !== Node.TEXT_NODE) return null
  const node = caret.node as Text
  const match = store.at(node, caret.offset)
  if (match === null) return null
  const rect = boxAt(node, match, x, y)
  return rect ? { node, match, rect } : null
}

/** The box of the match containing the point, or null. A pixel of slack covers rounding. */
export function boxAt(node: Text, match: NodeMatch, x: number, y: number): DOMRect | null {
  const range = node.ownerDocument.createRange()
  range.setStart(node, match.start)
  range.setEnd(node, match.end)
  for (const r of range.getClientRects()) {
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return r
  }
  return null
}

/** The first box of a match (the keyboard shows the tooltip there). */
export function firstBox(node: Text, match: NodeMatch): DOMRect | null {
  const range = node.ownerDocument.createRange()
  range.setStart(node, match.start)
  range.setEnd(node, match.end)
  const rects = range.getClientRects()
  return rects.length > 0 ? rects[0]! : null
}

/**
 * Where the viewport's text starts in a document-ordered node list: the caret at the top of
 * the screen, found by binary search. (Not the scroll position: Gmail scrolls inner panes,
 * and its window never moves.)
 */
export function indexAtViewportTop(doc: Document, nodes: readonly Text[]): number {
  if (nodes.length === 0) return 0
  const caret = caretAt(doc, (doc.defaultView?.innerWidth ?? 0) / 2, 1)
  if (caret === null) return 0
  let lo = 0
  let hi = nodes.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    const position = nodes[mid]!.compareDocumentPosition(caret.node)
    // The caret's node follows nodes[mid] (and is not inside it): the start is further on.
    if ((position & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 && (position & Node.DOCUMENT_POSITION_CONTAINED_BY) === 0) lo = mid + 1
    else hi = mid
  }
  return lo
}
