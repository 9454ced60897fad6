// Runs the matcher over the walk's batches: one matcher call per batch (not
// per node). Nodes in different blocks are separate chunks, so no match
// crosses a block; nodes in one block are joined, so a term split by inline
// markup is found, its pieces mapped back to each text node it covers.
import type { Matcher } from '../../shared/glossary/matcher'
import { MatchStore, type NodeMatch, type PageMatch } from './match-store'
import type { Slice } from './scheduler'
import { type TextBatch, TextWalk, type WalkOptions } from './walk'

export interface ScanTimings {
  /** Reading the DOM: the walk and each node's text. */
  walkMs: number
  /** The matcher over that text. */
  matchMs: number
  /** Recording matches and painting the first occurrences. */
  markMs: number
  nodes: number
  matches: number
  slices: number
  longestSliceMs: number
}

/** Turns a batch's matches into page matches, each piece on its own node. */
export function matchBatch(batch: TextBatch, matcher: Matcher): PageMatch[] {
  const hits = matcher.findInChunks(batch.chunks, 'separate', batch.joined)
  const out: PageMatch[] = []
  for (const hit of hits) {
    const pieces: NodeMatch[] = []
    const match: PageMatch = { termId: hit.termId, scope: batch.scopes[hit.chunk]!, pieces, painted: false }
    for (let c = hit.chunk; c <= hit.endChunk; c++) {
      const start = c === hit.chunk ? hit.start : 0
      const end = c === hit.endChunk ? hit.end : batch.chunks[c]!.length
      // A seam right at the term's edge leaves an empty piece: nothing to paint there.
      if (end > start) pieces.push({ node: batch.nodes[c]!, start, end, termId: hit.termId, match })
    }
    if (pieces.length > 0) out.push(match)
  }
  return out
}

export interface ScanLoop {
  readonly walk: TextWalk
  readonly matcher: Matcher
  readonly slice: Slice
  /** Called before a batch is matched (a rescan drops what it had on these nodes). */
  readonly before?: (batch: TextBatch) => void
  readonly found: (matches: PageMatch[]) => void
  readonly cancelled?: () => boolean
}

/**
 * Walk, match and mark, batch after batch, yielding whenever the slice's budget is spent.
 * The walk itself is cut into batches too, so no task holds the page for long.
 */
export async function scanLoop(loop: ScanLoop): Promise<ScanTimings> {
  const { walk, matcher, slice } = loop
  const timings: ScanTimings = { walkMs: 0, matchMs: 0, markMs: 0, nodes: 0, matches: 0, slices: 0, longestSliceMs: 0 }
  slice.begin()
  for (;;) {
    if (loop.cancelled?.()) break
    const t0 = performance.now()
    const batch = walk.next()
    const t1 = performance.now()
    timings.walkMs += t1 - t0
    if (batch === null) break
    timings.nodes += batch.nodes.length
    loop.before?.(batch)
    const matches = matchBatch(batch, matcher)
    const t2 = performance.now()
    timings.matchMs += t2 - t1
    timings.matches += matches.length
    if (matches.length > 0) loop.found(matches)
    timings.markMs += performance.now() - t2
    if (slice.over) await slice.next()
  }
  slice.end()
  timings.slices = slice.count
  timings.longestSliceMs = slice.longestMs
  return timings
}

export interface ScanResult {
  readonly store: MatchStore
  readonly nodes: readonly Text[]
  readonly timings: ScanTimings
}

/** The whole scan in one synchronous call, every match recorded, none painted. For tests. */
export function scanDocument(root: Node, matcher: Matcher, options: WalkOptions = {}): ScanResult {
  const t0 = performance.now()
  const walk = new TextWalk([root], options)
  const store = new MatchStore()
  const nodes: Text[] = []
  for (let batch = walk.next(); batch !== null; batch = walk.next()) {
    for (const node of batch.nodes) nodes.push(node)
    for (const match of matchBatch(batch, matcher)) store.add(match)
  }
  const ms = performance.now() - t0
  const timings = { walkMs: 0, matchMs: ms, markMs: 0, nodes: nodes.length, matches: store.size, slices: 1, longestSliceMs: ms }
  return { store, nodes, timings }
}
