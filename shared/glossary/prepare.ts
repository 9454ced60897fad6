// Turns glossary terms as the worker sends them into the matcher's input: the
// wire format has no room for matching hints, and the matcher breaks ties by
// order, so hints are re-attached here and the order is chosen here.
import type { GlossaryTerm, Lang } from '../schema/glossary'
import { BUILTIN_BY_ID } from './data'
import type { MatchableTerm } from './matcher'

/** The built-in matching hints the wire format drops. */
export type MatchingHints = Pick<MatchableTerm, 'caseSensitive' | 'unmatched'>

/**
 * Workspace terms first (a workspace may redefine a built-in spelling), then
 * the reader's language, then the rest, each group in its given order.
 */
export function matchableTerms(terms: readonly GlossaryTerm[], lang?: Lang): MatchableTerm[] {
  return inMatchOrder(terms, lang).map((t) => ({ id: t.id, term: t.term, aliases: t.aliases, ...matchingHints(t) }))
}

/** The order matchableTerms gives, for callers that keep the whole term (the background's payload). */
export function inMatchOrder<T extends GlossaryTerm>(terms: readonly T[], lang?: Lang): T[] {
  const rank = (t: GlossaryTerm) => (t.source === 'workspace' ? 0 : 2) + (lang !== undefined && t.lang !== lang ? 1 : 0)
  return terms
    .map((t, i) => ({ t, i, r: rank(t) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map(({ t }) => t)
}

/** Hints only for built-in terms: a workspace term reusing a built-in id gets none. */
export function matchingHints(t: GlossaryTerm): MatchingHints {
  const builtin = t.source === 'builtin' ? BUILTIN_BY_ID.get(t.id) : undefined
  if (builtin === undefined) return {}
  return {
    ...(builtin.caseSensitive ? { caseSensitive: builtin.caseSensitive } : {}),
    ...(builtin.unmatched ? { unmatched: builtin.unmatched } : {}),
  }
}
