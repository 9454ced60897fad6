// The fallback where CSS.highlights is missing: each match is wrapped in a
// span. This changes the page's DOM, so it is used only there, and never in
// editable regions (the walk already skips them). The wrapped text becomes its
// own node with one match, so the hover lookup works the same way.
import { OWN_MARK_ATTRIBUTE } from './exclusions'
import type { Marker } from './marker'
import type { MatchStore, NodeMatch } from './match-store'

export class SpanMarker implements Marker {
  readonly kind = 'spans' as const
  private focused: HTMLElement | null = null

  constructor(private readonly store: MatchStore) {}

  update(node: Text): void {
    const matches = this.store.get(node)
    if (matches === undefined || !node.isConnected) return
    if (node.parentElement?.hasAttribute(OWN_MARK_ATTRIBUTE)) return // already ours
    this.store.delete(node)
    // Back to front, so earlier offsets stay valid while the node is split.
    for (let i = matches.length - 1; i >= 0; i--) {
      const m = matches[i]!
      if (m.end > node.data.length) continue
      const tail = node.splitText(m.start)
      tail.splitText(m.end - m.start)
      const span = node.ownerDocument.createElement('span')
      span.setAttribute(OWN_MARK_ATTRIBUTE, '')
      tail.replaceWith(span)
      span.append(tail)
      this.store.set(tail, [{ start: 0, end: tail.data.length, termId: m.termId }])
    }
  }

  focus(node: Text | null, _match: NodeMatch | null): void {
    this.focused?.removeAttribute('data-relais-focus')
    this.focused = node?.parentElement?.hasAttribute(OWN_MARK_ATTRIBUTE) ? node.parentElement : null
    this.focused?.setAttribute('data-relais-focus', '')
  }

  paintedNodes(): Iterable<Text> {
    return this.store.nodes()
  }

  dispose(): void {
    this.focus(null, null)
    // Unwrap our spans so the page gets its text back as it was.
    for (const node of [...this.store.nodes()]) {
      const span = node.parentElement
      if (span === null || !span.hasAttribute(OWN_MARK_ATTRIBUTE)) continue
      // The split pieces stay separate nodes: merging them (normalize) could also merge the page's own.
      span.replaceWith(node)
    }
  }
}
