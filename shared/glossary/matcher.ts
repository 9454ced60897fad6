// Finds glossary terms in text: every spelling of every term in one pass,
// case-, accent-, hyphen- and apostrophe-insensitive, whole words only, the
// leftmost-longest occurrence winning where spellings overlap.
import { buildAutomaton } from './automaton'
import { foldKey, foldKeyKeepCase } from './normalize'
import { createScan, type Scan } from './scan'

export interface MatchableTerm {
  readonly id: string
  readonly term: string
  readonly aliases: readonly string[]
  /** Spellings that match only in this case (accents still folded): ROI but not "roi". */
  readonly caseSensitive?: readonly string[]
  /** Spellings shown but never matched alone, too common as ordinary words ("avoir"). */
  readonly unmatched?: readonly string[]
}

/** An occurrence in one string; end is exclusive. */
export interface Match {
  readonly start: number
  readonly end: number
  readonly termId: string
}

/** An occurrence in a list of strings: from chunks[chunk][start] to chunks[endChunk][end - 1]. */
export interface ChunkMatch {
  readonly chunk: number
  readonly start: number
  readonly endChunk: number
  readonly end: number
  readonly termId: string
}

/**
 * 'separate': every chunk boundary is a word break and no match crosses one
 * (DOM text nodes scanned one by one). 'continuous': the chunks are one text
 * cut anywhere, and matches may span chunks.
 */
export type ChunkMode = 'separate' | 'continuous'

export interface Matcher {
  /** Distinct folded spellings compiled. */
  readonly keyCount: number
  /** Matches in text order, never overlapping. */
  find(text: string): Match[]
  /**
   * Matches in text order, never overlapping; 'separate' by default. In 'separate' mode,
   * `joined[c] === 1` lets matches run from chunk c - 1 into chunk c (inline markup).
   */
  findInChunks(chunks: readonly string[], mode?: ChunkMode, joined?: Uint8Array | null): ChunkMatch[]
}

// Who a folded spelling belongs to. Earlier terms win a tie, so callers list
// the workspace's own terms or the reader's language first.
interface Owner {
  /** Index in the matcher's term list. */
  readonly term: number
  /** Case-kept spelling the original text must equal, or null for any case. */
  readonly exact: string | null
}

/**
 * Compiles once (a few ms for the built-in glossary); the matcher is then
 * stateless and reusable. Where terms share a spelling the earlier one wins,
 * so order them with matchableTerms.
 */
export function compileMatcher(terms: readonly MatchableTerm[]): Matcher {
  const index = new Map<string, Owner[]>()
  terms.forEach((t, term) => {
    const unmatched = new Set((t.unmatched ?? []).map(foldKey))
    const sensitive = new Set(t.caseSensitive ?? [])
    for (const spelling of [t.term, ...t.aliases]) {
      const key = foldKey(spelling)
      if (key === '' || unmatched.has(key)) continue
      const exact = sensitive.has(spelling) ? foldKeyKeepCase(spelling) : null
      const owners = index.get(key) ?? []
      if (!owners.some((o) => o.term === term && (o.exact === null || o.exact === exact))) owners.push({ term, exact })
      index.set(key, owners)
    }
  })
  const keys = [...index.keys()]
  const owners = [...index.values()]
  const keyLength = Int32Array.from(keys, (k) => k.length)
  const scan = createScan(buildAutomaton(keys), keyLength)
  const ids = terms.map((t) => t.id)

  return {
    keyCount: keys.length,
    find(text) {
      const chunks = [text]
      const { found, kept, count } = run(scan, owners, chunks, true)
      const out: Match[] = []
      for (let i = 0; i < count; i++) {
        const at = kept[2 * i]! * 5
        out.push({ start: found[at + 2]!, end: found[at + 4]!, termId: ids[kept[2 * i + 1]!]! })
      }
      return out
    },
    findInChunks(chunks, mode = 'separate', joined = null) {
      const { found, kept, count } = run(scan, owners, chunks, mode === 'continuous', joined)
      const out: ChunkMatch[] = []
      for (let i = 0; i < count; i++) {
        const at = kept[2 * i]! * 5
        out.push({
          chunk: found[at + 1]!,
          start: found[at + 2]!,
          endChunk: found[at + 3]!,
          end: found[at + 4]!,
          termId: ids[kept[2 * i + 1]!]!,
        })
      }
      return out
    },
  }
}

interface Kept {
  /** The scan's occurrences: key, start chunk, start, end chunk, end. */
  readonly found: Int32Array
  /** Pairs (occurrence index, term index) of the matches kept, in text order. */
  readonly kept: Int32Array
  readonly count: number
}

function run(
  scan: Scan,
  owners: readonly Owner[][],
  chunks: readonly string[],
  continuous: boolean,
  joined: Uint8Array | null = null,
): Kept {
  const base = new Float64Array(chunks.length + 1)
  for (let c = 0; c < chunks.length; c++) base[c + 1] = base[c]! + chunks[c]!.length
  const occurrences = scan(chunks, continuous, joined)
  const found = occurrences.data
  const kept = new Int32Array(2 * occurrences.count)
  const keptFrom = new Float64Array(occurrences.count)
  const keptTo = new Float64Array(occurrences.count)
  let n = 0
  for (let o = 0; o < occurrences.count; o++) {
    const at = o * 5
    const term = ownerOf(owners[found[at]!]!, chunks, found, at)
    if (term < 0) continue
    const from = base[found[at + 1]!]! + found[at + 2]!
    // Occurrences come ordered by end, the longest first among equal ends, so
    // leftmost-longest is a stack: the newcomer ends at or after everything
    // kept. It loses to any overlapping match that starts before it, and
    // otherwise covers, and replaces, every match it overlaps.
    let top = n
    while (top > 0 && keptTo[top - 1]! > from && keptFrom[top - 1]! >= from) top--
    if (top > 0 && keptTo[top - 1]! > from) continue
    n = top
    kept[2 * n] = o
    kept[2 * n + 1] = term
    keptFrom[n] = from
    keptTo[n] = base[found[at + 3]!]! + found[at + 4]!
    n++
  }
  return { found, kept, count: n }
}

// The first owner whose case rule the original text meets, or -1.
function ownerOf(list: readonly Owner[], chunks: readonly string[], found: Int32Array, at: number): number {
  const first = list[0]!
  if (first.exact === null) return first.term
  const original = foldKeyKeepCase(slice(chunks, found[at + 1]!, found[at + 2]!, found[at + 3]!, found[at + 4]!))
  for (const o of list) if (o.exact === null || o.exact === original) return o.term
  return -1
}

function slice(chunks: readonly string[], chunk: number, start: number, endChunk: number, end: number): string {
  if (chunk === endChunk) return chunks[chunk]!.slice(start, end)
  let text = chunks[chunk]!.slice(start)
  for (let c = chunk + 1; c < endChunk; c++) text += chunks[c]!
  return text + chunks[endChunk]!.slice(0, end)
}
