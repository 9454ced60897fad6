// The CSS Custom Highlight API side: StaticRanges (not live Ranges, which tax
// every DOM change of the page) in two named highlights. The names are ours;
// their style comes from the content script's stylesheet, background only
// (text-decoration makes every invalidated frame several times slower).

export const HIGHLIGHT_NAME = 'relais-glossary'
export const FOCUS_HIGHLIGHT_NAME = 'relais-glossary-focus'

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function' && typeof StaticRange === 'function'
}

export class HighlightLayer {
  private readonly marks = new Highlight()
  private readonly focused = new Highlight()
  private readonly ranges = new Map<Text, StaticRange[]>()

  constructor() {
    this.focused.priority = 1
    CSS.highlights.set(HIGHLIGHT_NAME, this.marks)
    CSS.highlights.set(FOCUS_HIGHLIGHT_NAME, this.focused)
  }

  /** Paints these spans of the node, replacing what was painted there. */
  show(node: Text, spans: readonly { start: number; end: number }[]): void {
    this.hide(node)
    const length = node.data.length
    const list: StaticRange[] = []
    for (const s of spans) {
      if (s.end > length) continue // the text changed under us; its rescan is queued
      const range = new StaticRange({ startContainer: node, startOffset: s.start, endContainer: node, endOffset: s.end })
      this.marks.add(range)
      list.push(range)
    }
    if (list.length > 0) this.ranges.set(node, list)
  }

  hide(node: Text): void {
    const list = this.ranges.get(node)
    if (list === undefined) return
    for (const range of list) this.marks.delete(range)
    this.ranges.delete(node)
  }

  focus(node: Text | null, span: { start: number; end: number } | null): void {
    this.focused.clear()
    if (node === null || span === null || span.end > node.data.length) return
    this.focused.add(new StaticRange({ startContainer: node, startOffset: span.start, endContainer: node, endOffset: span.end }))
  }

  painted(): IterableIterator<Text> {
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
