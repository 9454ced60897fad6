// Every match on the page, painted or not: the hover finds a term whether or
// not it is marked. A match may run over several text nodes (`<b>cahier</b>
// des charges`); each node keeps its own pieces, so the lookup under the
// caret reads one node's short list.

/** One match's part inside one text node; end is exclusive. */
export interface NodeMatch {
  node: Text
  start: number
  end: number
  readonly termId: string
  readonly match: PageMatch
}

/** One occurrence of a term on the page. */
export interface PageMatch {
  readonly termId: string
  /** Where "first occurrence" is counted: an open Gmail message's body, or the document. */
  readonly scope: Node
  /** In text order; a single piece unless inline markup splits the term. */
  readonly pieces: NodeMatch[]
  /** Shown to the reader (first occurrence in its scope, not a known term). */
  painted: boolean
}

export class MatchStore {
  private readonly byNode = new Map<Text, NodeMatch[]>()
  private total = 0

  /** How many matches (not pieces). */
  get size(): number {
    return this.total
  }

  nodes(): IterableIterator<Text> {
    return this.byNode.keys()
  }

  get(node: Text): readonly NodeMatch[] | undefined {
    return this.byNode.get(node)
  }

  has(node: Text): boolean {
    return this.byNode.has(node)
  }

  /** Adds a match whose pieces come in text order, after any piece already in their nodes. */
  add(match: PageMatch): void {
    for (const piece of match.pieces) {
      const list = this.byNode.get(piece.node)
      if (list === undefined) this.byNode.set(piece.node, [piece])
      else insertSorted(list, piece)
    }
    this.total++
  }

  /** Forgets a match, every piece of it. */
  remove(match: PageMatch): void {
    let had = false
    for (const piece of match.pieces) {
      const list = this.byNode.get(piece.node)
      if (list === undefined) continue
      const at = list.indexOf(piece)
      if (at < 0) continue
      had = true
      list.splice(at, 1)
      if (list.length === 0) this.byNode.delete(piece.node)
    }
    if (had) this.total--
  }

  /** The matches with a piece in this node (to drop before a rescan). */
  matchesIn(node: Text): PageMatch[] {
    const list = this.byNode.get(node)
    return list === undefined ? [] : list.map((p) => p.match)
  }

  /**
   * A node was split at `at` (splitText): its pieces from there on move to `rest`, shifted.
   * Pieces never straddle a split point (the span marker splits at piece edges).
   */
  moveTail(node: Text, rest: Text, at: number): void {
    const list = this.byNode.get(node)
    if (list === undefined) return
    const keep: NodeMatch[] = []
    const moved: NodeMatch[] = []
    for (const p of list) {
      if (p.start >= at) {
        p.node = rest
        p.start -= at
        p.end -= at
        moved.push(p)
      } else keep.push(p)
    }
    if (keep.length > 0) this.byNode.set(node, keep)
    else this.byNode.delete(node)
    if (moved.length > 0) this.byNode.set(rest, moved)
  }

  /** The piece covering a caret offset. A caret at a piece's end still counts (the pointer is on its last letter). */
  at(node: Text, offset: number): NodeMatch | null {
    const list = this.byNode.get(node)
    if (list === undefined) return null
    for (const m of list) {
      if (offset < m.start) return null
      if (offset <= m.end) return m
    }
    return null
  }

  /** Matches with a piece in a node that left the document: they go, and the caller unmarks them. */
  sweep(): PageMatch[] {
    const gone = new Set<PageMatch>()
    for (const [node, list] of this.byNode) if (!node.isConnected) for (const p of list) gone.add(p.match)
    for (const match of gone) this.remove(match)
    return [...gone]
  }

  clear(): void {
    this.byNode.clear()
    this.total = 0
  }
}

function insertSorted(list: NodeMatch[], piece: NodeMatch): void {
  let i = list.length
  while (i > 0 && list[i - 1]!.start > piece.start) i--
  list.splice(i, 0, piece)
}
