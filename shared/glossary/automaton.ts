// An Aho–Corasick automaton over folded keys, completed into a DFA so the scan
// does one table read per unit whatever the number of terms.

export interface Automaton {
  /** Columns per state: column 0 is "a unit no key contains" and always leads to the root. */
  readonly width: number
  /** Column of a folded unit, 0 when no key contains it. */
  readonly column: Uint16Array
  /** Next state: delta[state * width + column]. */
  readonly delta: Int32Array
  /** The key ending exactly at a state, or -1. */
  readonly keyAt: Int32Array
  /** First state on the suffix chain (itself included) where a key ends, or -1: the scan's only test. */
  readonly report: Int32Array
  /** Next shorter key ending at the same place, or -1. */
  readonly nextReport: Int32Array
  /** Length in folded units of the longest key. */
  readonly maxKeyLength: number
}

export function buildAutomaton(keys: readonly string[]): Automaton {
  const column = new Uint16Array(0x10000)
  let width = 1
  let total = 1
  let maxKeyLength = 0
  for (const key of keys) {
    total += key.length
    maxKeyLength = Math.max(maxKeyLength, key.length)
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i)
      if (column[code] === 0) column[code] = width++
    }
  }

  const delta = new Int32Array(total * width).fill(-1)
  const keyAt = new Int32Array(total).fill(-1)
  let states = 1
  keys.forEach((key, k) => {
    let s = 0
    for (let i = 0; i < key.length; i++) {
      const cell = s * width + column[key.charCodeAt(i)]!
      if (delta[cell] === -1) delta[cell] = states++
      s = delta[cell]!
    }
    keyAt[s] = k
  })

  const fail = new Int32Array(states)
  const report = new Int32Array(states).fill(-1)
  const nextReport = new Int32Array(states).fill(-1)
  const queue = new Int32Array(states)
  let head = 0
  let tail = 0
  delta[0] = 0
  for (let c = 1; c < width; c++) {
    const child = delta[c]!
    if (child === -1) delta[c] = 0
    else queue[tail++] = child
  }
  if (keyAt[0]! >= 0) report[0] = 0
  while (head < tail) {
    const s = queue[head++]!
    const f = fail[s]!
    // A shorter key ending here is whatever ends at the failure state.
    nextReport[s] = report[f]!
    report[s] = keyAt[s]! >= 0 ? s : report[f]!
    const row = s * width
    const failRow = f * width
    delta[row] = 0
    for (let c = 1; c < width; c++) {
      const child = delta[row + c]!
      if (child === -1) delta[row + c] = delta[failRow + c]!
      else {
        fail[child] = delta[failRow + c]!
        queue[tail++] = child
      }
    }
  }
  return { width, column, delta: delta.subarray(0, states * width), keyAt, report, nextReport, maxKeyLength }
}
