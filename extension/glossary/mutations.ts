// Dynamic pages (Gmail) change all the time. One MutationObserver; its
// callback only records what changed and asks for a flush, so the page's own
// mutations pay almost nothing. The flush hands over the roots to rescan:
// added subtrees and edited text nodes (StaticRanges do not follow edits).

export interface Pending {
  /** Added nodes and edited text nodes, outermost only, still in the document. */
  readonly roots: Node[]
  /** Something was removed: matches on detached nodes must go. */
  readonly removed: boolean
}

export class MutationQueue {
  private readonly queued = new Set<Node>()
  private removed = false
  private readonly observer: MutationObserver

  constructor(private readonly onQueued: () => void) {
    this.observer = new MutationObserver((records) => {
      this.record(records)
      this.onQueued()
    })
  }

  observe(root: Node): void {
    this.observer.observe(root, { childList: true, subtree: true, characterData: true })
  }

  /** Queues a root by hand (a first pass that lost its place). */
  add(node: Node): void {
    this.queued.add(node)
  }

  /**
   * Runs our own DOM change (the span fallback) without queueing it: what the page did
   * before is recorded first, and what `change` did is dropped.
   */
  ignoring(change: () => void): void {
    this.record(this.observer.takeRecords())
    change()
    this.observer.takeRecords()
  }

  get size(): number {
    return this.queued.size
  }

  /** Everything queued so far, reduced to the outermost connected roots. */
  take(): Pending {
    this.record(this.observer.takeRecords())
    const queued = this.queued
    const roots: Node[] = []
    for (const node of queued) {
      if (!node.isConnected) continue
      // A node under another queued root is rescanned with it.
      let covered = false
      for (let p = node.parentNode; p !== null; p = p.parentNode) {
        if (queued.has(p)) {
          covered = true
          break
        }
      }
      if (!covered) roots.push(node)
    }
    const pending = { roots, removed: this.removed }
    this.queued.clear()
    this.removed = false
    return pending
  }

  private record(records: readonly MutationRecord[]): void {
    for (const r of records) {
      if (r.type === 'characterData') this.queued.add(r.target)
      else {
        for (const n of r.addedNodes) this.queued.add(n)
        if (r.removedNodes.length > 0) this.removed = true
      }
    }
  }

  disconnect(): void {
    this.observer.disconnect()
    this.queued.clear()
  }
}
