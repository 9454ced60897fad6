// Registers in CSS.highlights only the marks near the viewport once there are
// many. Chromium rebuilds every registered highlight after any DOM or style
// change, so the cost of each frame follows the number of registered ranges.
// A page with few marks (first occurrences of a few dozen terms) has them all
// registered: a hundred ranges cost next to nothing per frame. Past that, one
// IntersectionObserver watches coarse blocks (the nearest block-level ancestor
// of each mark), not every node.
import { HighlightLayer } from './highlight-layer'
import type { Marker } from './marker'
import type { NodeMatch, PageMatch } from './match-store'

const BLOCKS =
  'p,li,td,th,dd,dt,h1,h2,h3,h4,h5,h6,blockquote,figcaption,caption,summary,label,div,section,article,aside,header,footer,main,nav,body'

/** One viewport height above and below: scrolling a screen never shows an unpainted term. */
const NEAR = '100% 0px 100% 0px'
/** Up to this many marks, all are registered wherever they are. */
export const REGISTER_ALL_UP_TO = 128

export class ViewportMarker implements Marker {
  readonly kind = 'highlight' as const
  private readonly layer = new HighlightLayer()
  private readonly blockOf = new Map<PageMatch, Element>()
  private readonly members = new Map<Element, Set<PageMatch>>()
  private readonly near = new Set<Element>()
  private readonly observer: IntersectionObserver

  constructor() {
    this.observer = new IntersectionObserver((entries) => this.onEntries(entries), { rootMargin: NEAR })
  }

  private get everywhere(): boolean {
    return this.blockOf.size <= REGISTER_ALL_UP_TO
  }

  paint(match: PageMatch): void {
    if (this.blockOf.has(match)) return
    const block = blockFor(match.pieces[0]!.node)
    if (block === null) return
    this.join(match, block)
    if (this.blockOf.size === REGISTER_ALL_UP_TO + 1) this.hideFar()
    if (this.everywhere || this.near.has(block)) this.layer.show(match)
  }

  unpaint(match: PageMatch): void {
    const block = this.blockOf.get(match)
    this.layer.hide(match)
    if (block === undefined) return
    this.leave(match, block)
    if (this.blockOf.size === REGISTER_ALL_UP_TO) this.showAll()
  }

  focus(piece: NodeMatch | null): void {
    this.layer.focus(piece)
  }

  painted(): Iterable<PageMatch> {
    return this.layer.painted()
  }

  get registeredCount(): number {
    return this.layer.registeredCount
  }

  dispose(): void {
    this.observer.disconnect()
    this.layer.dispose()
    this.blockOf.clear()
    this.members.clear()
    this.near.clear()
  }

  private join(match: PageMatch, block: Element): void {
    this.blockOf.set(match, block)
    let set = this.members.get(block)
    if (set === undefined) {
      set = new Set()
      this.members.set(block, set)
      this.observer.observe(block)
    }
    set.add(match)
  }

  private leave(match: PageMatch, block: Element): void {
    this.blockOf.delete(match)
    const set = this.members.get(block)
    if (set === undefined) return
    set.delete(match)
    if (set.size > 0) return
    this.members.delete(block)
    this.near.delete(block)
    this.observer.unobserve(block)
  }

  private showAll(): void {
    for (const set of this.members.values()) for (const match of set) this.layer.show(match)
  }

  private hideFar(): void {
    for (const [block, set] of this.members) if (!this.near.has(block)) for (const match of set) this.layer.hide(match)
  }

  private onEntries(entries: readonly IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const block = entry.target
      const set = this.members.get(block)
      if (set === undefined) continue
      if (entry.isIntersecting) {
        this.near.add(block)
        for (const match of set) this.layer.show(match)
      } else {
        this.near.delete(block)
        if (!this.everywhere) for (const match of set) this.layer.hide(match)
      }
    }
  }
}

function blockFor(node: Text): Element | null {
  const parent = node.parentElement
  if (parent === null) return null
  return parent.closest(BLOCKS) ?? parent
}
