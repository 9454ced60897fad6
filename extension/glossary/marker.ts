// How matches are shown. The store holds every match; a marker decides which
// are painted and how: CSS highlights where the browser has them, spans where not.
import type { NodeMatch } from './match-store'

export interface Marker {
  readonly kind: 'highlight' | 'spans'
  /** The node's matches in the store changed (or it has none now): repaint it. */
  update(node: Text): void
  /** Emphasises one match (keyboard focus), or none. */
  focus(node: Text | null, match: NodeMatch | null): void
  /** Nodes painted now, near the viewport: the keyboard cycles through these. */
  paintedNodes(): Iterable<Text>
  dispose(): void
}
