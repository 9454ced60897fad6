// Runs the matcher over text nodes. Nodes go to the matcher in batches of
// chunks (one call per batch, not per node), each node a separate chunk so
// no match crosses a node boundary and every offset maps to one node.
import type { Matcher } from '../../shared/glossary/matcher'
import { MatchStore, type NodeMatch } from './match-store'
import { Slice } from './scheduler'
import { eligibleTextNodes, type WalkOptions } from './walk'

/** A batch stops at this many characters or nodes: big enough to amortise the call, small enough to check the clock. */
const BATCH_CHARS = 16_384
const BATCH_NODES = 256

export interface ScanTimings {
  walkMs: number
  matchMs: number
  nodes: number
  matches: number
  slices: number
  longestSliceMs: number
}

export interface ScanOptions extends WalkOptions {
  /** Called once per phase, for benchmarks and the content script's own measurements. */
  readonly onTiming?: (timings: ScanTimings) => void
}

export interface ScanResult {
  readonly store: MatchStore
  readonly nodes: readonly Text[]
  readonly timings: ScanTimings
}

/** Shared by every node without a match: most nodes have none, and this is never mutated. */
const NONE: readonly NodeMatch[] = Object.freeze([])

/** Scans nodes[from, to) in one batch, calling `found` for every node (an empty list when it has no match). */
export function scanBatch(nodes: readonly Text[], from: number, to: number, matcher: Matcher, found: (node: Text, matches: readonly NodeMatch[]) => void): void {
  const chunks: string[] = []
  for (let i = from; i < to; i++) chunks.push(nodes[i]!.data)
  const hits = matcher.findInChunks(chunks, 'separate')
  let h = 0
  for (let c = 0; c < chunks.length; c++) {
    if (h >= hits.length || hits[h]!.chunk !== c) {
      found(nodes[from + c]!, NONE)
      continue
    }
    const list: NodeMatch[] = []
    for (; h < hits.length && hits[h]!.chunk === c; h++) {
      const hit = hits[h]!
      list.push({ start: hit.start, end: hit.end, termId: hit.termId })
    }
    found(nodes[from + c]!, list)
  }
}

/** The end of the batch starting at `from`, at most `stop`. */
export function batchEnd(nodes: readonly Text[], from: number, stop = nodes.length): number {
  let chars = 0
  let to = from
  while (to < stop && to - from < BATCH_NODES && chars < BATCH_CHARS) chars += nodes[to++]!.data.length
  return to
}

/**
 * The whole scan in one synchronous call: walk, then match everything. For benchmarks and
 * tests; the content script runs the same steps in slices.
 */
export function scanDocument(root: Node, matcher: Matcher, options: ScanOptions = {}): ScanResult {
  const t0 = performance.now()
  const nodes = eligibleTextNodes(root, options)
  const t1 = performance.now()
  const store = new MatchStore()
  for (let from = 0; from < nodes.length; ) {
    const to = batchEnd(nodes, from)
    scanBatch(nodes, from, to, matcher, (node, list) => store.set(node, list))
    from = to
  }
  const t2 = performance.now()
  const timings = { walkMs: t1 - t0, matchMs: t2 - t1, nodes: nodes.length, matches: store.size, slices: 1, longestSliceMs: t2 - t0 }
  options.onTiming?.(timings)
  return { store, nodes, timings }
}

/**
 * Matches `nodes` in slices, starting at `first` and wrapping round (the viewport's nodes
 * first), handing each node's matches to `found` as soon as its batch is done.
 */
export async function scanSliced(
  nodes: readonly Text[], matcher: Matcher, found: (node: Text, matches: readonly NodeMatch[]) => void,
  options: { first?: number; slice?: Slice; cancelled?: () => boolean } = {},
): Promise<{ matchMs: number }> {
  const slice = options.slice ?? new Slice()
  const first = Math.min(Math.max(options.first ?? 0, 0), nodes.length)
  const ranges: [number, number][] = [[first, nodes.length], [0, first]]
  let matchMs = 0
  slice.begin()
  for (const [start, stop] of ranges) {
    for (let from = start; from < stop; ) {
      if (options.cancelled?.()) return { matchMs }
      const to = batchEnd(nodes, from, stop)
      const t0 = performance.now()
      scanBatch(nodes, from, to, matcher, found)
      matchMs += performance.now() - t0
      from = to
      if (slice.over) await slice.next()
    }
  }
  slice.end()
  return { matchMs }
}
