// The fallback where CSS.highlights is missing: each piece of a painted match
// is wrapped in a span. This changes the page's DOM, so it is used only there,
// and never in editable regions (the walk already skips them). The wrapped
// text becomes its own node holding that piece, so the hover lookup works the
// same way; splitting a node moves its other pieces to the new nodes.
import { OWN_MARK_ATTRIBUTE } from './exclusions'
import type { Marker } from './marker'
import type { MatchStore, NodeMatch, PageMatch } from './match-store'

export class SpanMarker implements Marker {
  readonly kind = 'spans' as const
  private focused: HTMLElement[] = []
  private readonly wrapped = new Set<PageMatch>()

  constructor(private readonly store: MatchStore) {}

  paint(match: PageMatch): void {
    if (this.wrapped.has(match)) return
    for (const piece of match.pieces) if (piece.end > piece.node.data.length || !piece.node.isConnected) return
    for (const piece of match.pieces) {
      const node = this.isolate(piece)
      const span = node.ownerDocument.createElement('span')
      span.setAttribute(OWN_MARK_ATTRIBUTE, '')
      node.before(span)
      span.append(node)
    }
    this.wrapped.add(match)
  }

  unpaint(match: PageMatch): void {
    if (!this.wrapped.delete(match)) return
    for (const piece of match.pieces) {
      const span = piece.node.parentElement
      // The split pieces stay separate nodes: merging them (normalize) could also merge the page's own.
      if (span?.hasAttribute(OWN_MARK_ATTRIBUTE)) span.replaceWith(piece.node)
    }
  }

  focus(piece: NodeMatch | null): void {
    for (const el of this.focused) el.removeAttribute('data-relais-focus')
    this.focused = []
    for (const p of piece?.match.pieces ?? []) {
      const span = p.node.parentElement
      if (span?.hasAttribute(OWN_MARK_ATTRIBUTE)) {
        span.setAttribute('data-relais-focus', '')
        this.focused.push(span)
      }
    }
  }

  painted(): Iterable<PageMatch> {
    return this.wrapped
  }

  dispose(): void {
    this.focus(null)
    // Unwrap our spans so the page gets its text back as it was.
    for (const match of [...this.wrapped]) this.unpaint(match)
  }

  /** Splits the piece's node so the piece is a whole text node of its own. */
  private isolate(piece: NodeMatch): Text {
    if (piece.start > 0) {
      const node = piece.node
      const at = piece.start
      this.store.moveTail(node, node.splitText(at), at)
    }
    if (piece.end < piece.node.data.length) {
      const node = piece.node
      const at = piece.end
      this.store.moveTail(node, node.splitText(at), at)
    }
    return piece.node
  }
}
