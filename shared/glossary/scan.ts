// The one pass: runs the automaton over the original text unit by unit,
// folding on the fly, and records every whole-word key occurrence with its
// offsets in the original chunks. Choosing among overlaps is the caller's job.
//
// The loop keeps all its state in locals and writes into a typed buffer:
// closures and per-occurrence objects cost more here than the automaton does.
import type { Automaton } from './automaton'
import { KIND_EXPAND, KIND_SEP, KIND_SKIP, KIND_WORD, unitExpansion, unitFold, unitKind } from './normalize'

/** Five ints per occurrence: key, start chunk, start, end chunk, end (exclusive). Ordered by end. */
export class Occurrences {
  data = new Int32Array(5 * 256)
  count = 0

  push(key: number, startChunk: number, start: number, endChunk: number, end: number): void {
    const at = this.count * 5
    if (at + 5 > this.data.length) {
      const grown = new Int32Array(this.data.length * 2)
      grown.set(this.data)
      this.data = grown
    }
    this.data[at] = key
    this.data[at + 1] = startChunk
    this.data[at + 2] = start
    this.data[at + 3] = endChunk
    this.data[at + 4] = end
    this.count++
  }
}

/**
 * Scans chunks of text. `continuous`: the chunks are one text cut anywhere;
 * otherwise every chunk boundary is a word break (separate DOM text nodes),
 * except where `joined[c]` is 1: chunk c then continues chunk c - 1 (text
 * split by inline markup), so a match may span the seam, which still counts
 * as a word edge (`<span>SLA</span><span>KPI</span>` keeps both words).
 */
export type Scan = (chunks: readonly string[], continuous: boolean, joined?: Uint8Array | null) => Occurrences

/** The chunk holding text offset `at`: the last of chunks[0..last] starting at or before it. */
function chunkAt(starts: Int32Array, last: number, at: number): number {
  let lo = 0
  let hi = last
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid]! <= at) lo = mid
    else hi = mid - 1
  }
  return lo
}

// Token of a unit: 0 not yet known, SKIP, EXPAND, or ((column + 1) << 2 | sep << 1 | word).
const T_UNKNOWN = 0
const T_SKIP = 1
const T_EXPAND = 2

export function createScan(a: Automaton, keyLength: Int32Array): Scan {
  const tokens = new Uint16Array(0x10000)
  const expansions = new Map<number, Uint16Array>()
  const { width, column, delta, report, keyAt, nextReport } = a
  let ringSize = 4
  while (ringSize < a.maxKeyLength + 2) ringSize *= 2
  const mask = ringSize - 1

  function token(code: number): number {
    const kind = unitKind(code)
    let t: number
    if (kind === KIND_SKIP) t = T_SKIP
    else if (kind === KIND_EXPAND) {
      t = T_EXPAND
      const letters = unitExpansion(code)
      expansions.set(
        code,
        Uint16Array.from(letters, (l) => ((column[l.charCodeAt(0)]! + 1) << 2) | 1),
      )
    } else t = ((column[unitFold(code)]! + 1) << 2) | (kind === KIND_SEP ? 2 : 0) | (kind === KIND_WORD ? 1 : 0)
    tokens[code] = t
    return t
  }

  // The DFA as the loop reads it: targets premultiplied by the width (one add per unit, no
  // multiply), and negated (~) where a key ends at the target, so the loop's only test
  // for "a key may end here" is the sign it already has in hand.
  const dfa = new Int32Array(delta.length)
  for (let i = 0; i < delta.length; i++) {
    const target = delta[i]!
    dfa[i] = report[target]! >= 0 ? ~(target * width) : target * width
  }
  const step = (state: number, col: number): number => {
    const next = dfa[state + col]!
    return next < 0 ? ~next : next
  }

  return (chunks, continuous, joined = null) => {
    const out = new Occurrences()
    // One int per unit: its offset in the text of all chunks, times two, plus 1 for a word unit.
    const ring = new Int32Array(ringSize)
    const starts = new Int32Array(chunks.length + 1)
    let state = 0
    let p = 0
    let lastSep = false
    let base = 0

    for (let ci = 0; ci < chunks.length; ci++) {
      const s = chunks[ci]!
      starts[ci] = base
      if (!continuous && (joined === null || joined[ci] !== 1)) {
        // A virtual break: no key spans it and the next chunk starts a word.
        state = 0
        lastSep = false
        ring[p & mask] = 0
        p++
      }
      for (let i = 0, n = s.length; i < n; i++) {
        const code = s.charCodeAt(i)
        let t = tokens[code]!
        if (t < 4) {
          if (t === T_UNKNOWN) t = token(code)
          if (t === T_SKIP) continue
          if (t === T_EXPAND) {
            // All letters but the last cannot end a match (a letter follows),
            // so they only move the automaton; the last goes through below.
            const letters = expansions.get(code)!
            for (let k = 0; k < letters.length - 1; k++) {
              state = step(state, (letters[k]! >> 2) - 1)
              ring[p & mask] = ((base + i) << 1) | 1
              p++
            }
            t = letters[letters.length - 1]!
          }
        }
        if ((t & 2) !== 0) {
          if (lastSep) continue
          lastSep = true
        } else lastSep = false
        const next = dfa[state + (t >> 2) - 1]!
        ring[p & mask] = ((base + i) << 1) | (t & 1)
        p++
        if (next >= 0) {
          state = next
          continue
        }
        state = ~next
        let r = report[(state / width) | 0]!

        // A key ends here. It counts only if no letter follows; combining
        // marks that follow belong to this unit and join the match.
        let endChunk = ci
        let endOff = i + 1
        let c = ci
        let j = i + 1
        let nextIsWord = false
        for (;;) {
          const cs = chunks[c]!
          if (j >= cs.length) {
            if (!continuous) break
            do c++
            while (c < chunks.length && chunks[c]!.length === 0)
            if (c >= chunks.length) break
            j = 0
            continue
          }
          const nc = cs.charCodeAt(j)
          let nt = tokens[nc]!
          if (nt === T_UNKNOWN) nt = token(nc)
          if (nt !== T_SKIP) {
            nextIsWord = nt === T_EXPAND || (nt & 1) === 1
            break
          }
          j++
          endChunk = c
          endOff = j
        }
        if (nextIsWord) continue

        for (; r >= 0; r = nextReport[r]!) {
          const key = keyAt[r]!
          const sp = p - keyLength[key]!
          const before = ring[(sp - 1) & mask]!
          if (sp !== 0 && (before & 1) === 1 && joined === null) continue
          const at = ring[sp & mask]! >> 1
          const startChunk = chunkAt(starts, ci, at)
          // A seam of inline markup just before the start counts as a word edge.
          if (sp !== 0 && (before & 1) === 1 && before >> 1 >= starts[startChunk]!) continue
          out.push(key, startChunk, at - starts[startChunk]!, endChunk, endOff)
        }
      }
      base += s.length
    }
    return out
  }
}
