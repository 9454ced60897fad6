// How painted matches are shown: CSS highlights where the browser has them,
// spans where not. The store holds every match; FirstMarks decides which are
// painted; a marker paints them.
import type { NodeMatch, PageMatch } from './match-store'

export interface Marker {
  readonly kind: 'highlight' | 'spans'
  paint(match: PageMatch): void
  unpaint(match: PageMatch): void
  /** Emphasises one match (keyboard focus), or none. */
  focus(piece: NodeMatch | null): void
  /** Matches painted now (near the viewport, for highlights): the keyboard cycles through these. */
  painted(): Iterable<PageMatch>
  dispose(): void
}
