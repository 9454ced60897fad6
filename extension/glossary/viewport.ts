// Registers in CSS.highlights only the matches near the viewport. Chromium
// rebuilds every registered highlight after any DOM or style change, so the
// cost of each frame follows the number of registered ranges, not of matches.
// One IntersectionObserver watches coarse blocks (the nearest block-level
// ancestor of each matched node), not every node.
import { HighlightLayer } from './highlight-layer'
import type { Marker } from './marker'
import type { MatchStore, NodeMatch } from './match-store'

const BLOCKS = 'p,li,td,th,dd,dt,h1,h2,h3,h4,h5,h6,blockquote,figcaption,caption,summary,label,div,section,article,aside,header,footer,main,nav,body'

/** One viewport height above and below: scrolling a screen never shows an unpainted term. */
const NEAR = '100% 0px 100% 0px'

export class ViewportMarker implements Marker {
  readonly kind = 'highlight' as const
  private readonly layer = new HighlightLayer()
  private readonly blockOf = new Map<Text, Element>()
  private readonly members = new Map<Element, Set<Text>>()
  private readonly near = new Set<Element>()
  private readonly observer: IntersectionObserver

  constructor(private readonly store: MatchStore) {
    this.observer = new IntersectionObserver((entries) => this.onEntries(entries), { rootMargin: NEAR })
  }

  update(node: Text): void {
    const matches = this.store.get(node)
    const block = this.blockOf.get(node)
    if (matches === undefined || !node.isConnected) {
      this.layer.hide(node)
      if (block !== undefined) this.leave(node, block)
      return
    }
    const now = blockFor(node)
    if (block !== undefined && block !== now) this.leave(node, block)
    if (now === null) return
    if (block !== now) this.join(node, now)
    if (this.near.has(now)) this.layer.show(node, matches)
  }

  focus(node: Text | null, match: NodeMatch | null): void {
    this.layer.focus(node, match)
  }

  paintedNodes(): Iterable<Text> {
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

  private join(node: Text, block: Element): void {
    this.blockOf.set(node, block)
    let set = this.members.get(block)
    if (set === undefined) {
      set = new Set()
      this.members.set(block, set)
      this.observer.observe(block)
    }
    set.add(node)
  }

  private leave(node: Text, block: Element): void {
    this.blockOf.delete(node)
    this.layer.hide(node)
    const set = this.members.get(block)
    if (set === undefined) return
    set.delete(node)
    if (set.size > 0) return
    this.members.delete(block)
    this.near.delete(block)
    this.observer.unobserve(block)
  }

  private onEntries(entries: readonly IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const block = entry.target
      const set = this.members.get(block)
      if (set === undefined) continue
      if (entry.isIntersecting) {
        this.near.add(block)
        for (const node of set) {
          const matches = this.store.get(node)
          if (matches !== undefined) this.layer.show(node, matches)
        }
      } else {
        this.near.delete(block)
        for (const node of set) this.layer.hide(node)
      }
    }
  }
}

function blockFor(node: Text): Element | null {
  const parent = node.parentElement
  if (parent === null) return null
  return parent.closest(BLOCKS) ?? parent
}
