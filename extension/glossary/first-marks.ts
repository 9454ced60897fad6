// Which matches are painted. Readers stop seeing marks that are everywhere, so
// by default a term is marked at its first occurrence in its scope (the page,
// or one open Gmail message) and nowhere else; a setting marks every
// occurrence. Terms the reader said they know are never marked. Unpainted
// matches stay in the store: hovering them still shows the definition.
import type { PageMatch } from './match-store'

export interface MarkRules {
  /** Mark every occurrence, not only the first in each scope. */
  readonly everyOccurrence: boolean
  /** Term ids the reader knows: never marked on this device. */
  readonly known: ReadonlySet<string>
}

export const QUIET: MarkRules = { everyOccurrence: false, known: new Set() }

export class FirstMarks {
  /** Per scope, per concept: its matches in document order. */
  private readonly byScope = new Map<Node, Map<string, PageMatch[]>>()
  private knownConcepts: Set<string>

  /**
   * `concept`: a term and its counterpart in the other language are one concept, marked once
   * ("délégations" and "déléguer" on one page), and known together.
   */
  constructor(
    private rules: MarkRules,
    private readonly show: (match: PageMatch, painted: boolean) => void,
    private readonly concept: (termId: string) => string = (id) => id,
  ) {
    this.knownConcepts = this.conceptsOf(rules.known)
  }

  get current(): MarkRules {
    return this.rules
  }

  /**
   * Records new matches and paints what they change. `appended`: they all come after every
   * match recorded so far (the first pass, in document order), so no position is compared.
   */
  add(matches: readonly PageMatch[], appended: boolean): void {
    for (const match of matches) {
      const list = this.listFor(match)
      if (appended || list.length === 0 || precedes(list[list.length - 1]!, match)) list.push(match)
      else list.splice(insertionPoint(list, match), 0, match)
      if (this.rules.everyOccurrence) this.set(match, this.wanted(match, list))
      else if (list[0] === match) {
        if (list.length > 1) this.set(list[1]!, false)
        this.set(match, this.wanted(match, list))
      }
    }
  }

  remove(matches: readonly PageMatch[]): void {
    for (const match of matches) {
      const terms = this.byScope.get(match.scope)
      const key = this.concept(match.termId)
      const list = terms?.get(key)
      if (terms === undefined || list === undefined) continue
      const at = list.indexOf(match)
      if (at < 0) continue
      list.splice(at, 1)
      this.set(match, false)
      // The first occurrence went: the next one becomes the first.
      if (at === 0 && list.length > 0) this.set(list[0]!, this.wanted(list[0]!, list))
      if (list.length === 0) terms.delete(key)
      if (terms.size === 0) this.byScope.delete(match.scope)
    }
  }

  /** New rules (a term known or unknown, the every-occurrence setting): repaints what they change. */
  setRules(rules: MarkRules): void {
    this.rules = rules
    this.knownConcepts = this.conceptsOf(rules.known)
    for (const terms of this.byScope.values()) {
      for (const list of terms.values()) for (const match of list) this.set(match, this.wanted(match, list))
    }
  }

  clear(): void {
    this.byScope.clear()
  }

  private conceptsOf(ids: Iterable<string>): Set<string> {
    const out = new Set<string>()
    for (const id of ids) out.add(this.concept(id))
    return out
  }

  private wanted(match: PageMatch, list: readonly PageMatch[]): boolean {
    if (this.knownConcepts.has(this.concept(match.termId))) return false
    return this.rules.everyOccurrence || list[0] === match
  }

  private set(match: PageMatch, painted: boolean): void {
    if (match.painted === painted) return
    match.painted = painted
    this.show(match, painted)
  }

  private listFor(match: PageMatch): PageMatch[] {
    let terms = this.byScope.get(match.scope)
    if (terms === undefined) {
      terms = new Map()
      this.byScope.set(match.scope, terms)
    }
    const key = this.concept(match.termId)
    let list = terms.get(key)
    if (list === undefined) {
      list = []
      terms.set(key, list)
    }
    return list
  }
}

/** Does a come before b in the document? */
export function precedes(a: PageMatch, b: PageMatch): boolean {
  const x = a.pieces[0]!
  const y = b.pieces[0]!
  if (x.node === y.node) return x.start < y.start
  return (x.node.compareDocumentPosition(y.node) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
}

function insertionPoint(list: readonly PageMatch[], match: PageMatch): number {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (precedes(list[mid]!, match)) lo = mid + 1
    else hi = mid
  }
  return lo
}
