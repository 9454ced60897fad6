// The CSS Custom Highlight API side: StaticRanges (not live Ranges, which tax
// every DOM change of the page) in two named highlights. The names are ours;
// their style comes from the content script's stylesheet, background only
// (text-decoration makes every invalidated frame several times slower). A
// range may span text nodes: a term split by inline markup is one mark.
import type { NodeMatch, PageMatch } from './match-store'

export const HIGHLIGHT_NAME = 'relais-glossary'
export const FOCUS_HIGHLIGHT_NAME = 'relais-glossary-focus'

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function' && typeof StaticRange === 'function'
}

export class HighlightLayer {
  private readonly marks = new Highlight()
  private readonly focused = new Highlight()
  private readonly ranges = new Map<PageMatch, StaticRange>()

  constructor() {
    this.focused.priority = 1
    CSS.highlights.set(HIGHLIGHT_NAME, this.marks)
    CSS.highlights.set(FOCUS_HIGHLIGHT_NAME, this.focused)
  }

  show(match: PageMatch): void {
    if (this.ranges.has(match)) return
    const range = rangeOf(match.pieces)
    if (range === null) return // the text changed under us; its rescan is queued
    this.marks.add(range)
    this.ranges.set(match, range)
  }

  hide(match: PageMatch): void {
    const range = this.ranges.get(match)
    if (range === undefined) return
    this.marks.delete(range)
    this.ranges.delete(match)
  }

  focus(piece: NodeMatch | null): void {
    this.focused.clear()
    const range = piece === null ? null : rangeOf(piece.match.pieces)
    if (range !== null) this.focused.add(range)
  }

  painted(): IterableIterator<PageMatch> {
    return this.ranges.keys()
  }

  /** How many ranges are registered: the figure that drives the cost of every frame. */
  get registeredCount(): number {
    return this.marks.size
  }

  dispose(): void {
    this.marks.clear()
    this.focused.clear()
    this.ranges.clear()
    // Only remove what is still ours: the page may have replaced the entries.
    if (CSS.highlights.get(HIGHLIGHT_NAME) === this.marks) CSS.highlights.delete(HIGHLIGHT_NAME)
    if (CSS.highlights.get(FOCUS_HIGHLIGHT_NAME) === this.focused) CSS.highlights.delete(FOCUS_HIGHLIGHT_NAME)
  }
}

function rangeOf(pieces: readonly NodeMatch[]): StaticRange | null {
  const first = pieces[0]
  const last = pieces[pieces.length - 1]
  if (first === undefined || last === undefined || last.end > last.node.data.length || first.start > first.node.data.length) return null
  return new StaticRange({ startContainer: first.node, startOffset: first.start, endContainer: last.node, endOffset: last.end })
}
