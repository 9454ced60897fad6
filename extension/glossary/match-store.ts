// Every match on the page, kept per text node: the hover lookup reads one
// node's list, and the viewport registration reads one block's nodes.

/** One occurrence inside a text node; end is exclusive. */
export interface NodeMatch {
  readonly start: number
  readonly end: number
  readonly termId: string
}

export class MatchStore {
  private readonly byNode = new Map<Text, readonly NodeMatch[]>()
  private total = 0

  get size(): number {
    return this.total
  }

  nodes(): IterableIterator<Text> {
    return this.byNode.keys()
  }

  get(node: Text): readonly NodeMatch[] | undefined {
    return this.byNode.get(node)
  }

  /** Replaces a node's matches; an empty list forgets the node. */
  set(node: Text, matches: readonly NodeMatch[]): void {
    this.total -= this.byNode.get(node)?.length ?? 0
    if (matches.length === 0) this.byNode.delete(node)
    else {
      this.byNode.set(node, matches)
      this.total += matches.length
    }
  }

  delete(node: Text): boolean {
    const had = this.byNode.get(node)
    if (had === undefined) return false
    this.total -= had.length
    this.byNode.delete(node)
    return true
  }

  /** The match covering a caret offset. A caret at a match's end still counts (the pointer is on its last letter). */
  at(node: Text, offset: number): NodeMatch | null {
    const list = this.byNode.get(node)
    if (list === undefined) return null
    for (const m of list) {
      if (offset < m.start) return null
      if (offset <= m.end) return m
    }
    return null
  }

  /** Nodes that left the document: their matches go, and the caller unmarks them. */
  sweep(): Text[] {
    const gone: Text[] = []
    for (const node of this.byNode.keys()) if (!node.isConnected) gone.push(node)
    for (const node of gone) this.delete(node)
    return gone
  }

  clear(): void {
    this.byNode.clear()
    this.total = 0
  }
}
