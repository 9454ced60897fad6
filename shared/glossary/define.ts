// The shape of the built-in glossary, and the helper that turns one concept
// written side by side in French and English into its two linked entries.
import type { GlossaryTerm } from '../schema/glossary'

export const CATEGORIES = ['governance', 'operations', 'finance', 'hr', 'legal', 'it'] as const
export type GlossaryCategory = (typeof CATEGORIES)[number]

export interface BuiltinTerm extends GlossaryTerm {
  readonly source: 'builtin'
  readonly category: GlossaryCategory
  /** Id of the same concept in the other language. */
  readonly counterpart: string
  /** Spellings matched only in this exact case: acronyms that are words in lowercase (ROI/roi, CA/ça). */
  readonly caseSensitive?: readonly string[]
  /** Spellings too common as ordinary words to be matched alone (the verb "avoir"). */
  readonly unmatched?: readonly string[]
}

/** One language's side of a concept. Plurals and variants go in aliases; case, accents, hyphens and elision are the matcher's job. */
export interface Side {
  readonly term: string
  readonly aliases: readonly string[]
  readonly definition: string
  readonly caseSensitive?: readonly string[]
  readonly unmatched?: readonly string[]
}

export interface Concept {
  /** Stem of both ids: `${slug}-fr` and `${slug}-en`. */
  readonly slug: string
  readonly fr: Side
  readonly en: Side
}

export function defineConcepts(category: GlossaryCategory, concepts: readonly Concept[]): readonly BuiltinTerm[] {
  return concepts.flatMap((c) => [entry(c, 'fr', category), entry(c, 'en', category)])
}

function entry(c: Concept, lang: 'fr' | 'en', category: GlossaryCategory): BuiltinTerm {
  const side = c[lang]
  const other = lang === 'fr' ? 'en' : 'fr'
  return {
    id: `${c.slug}-${lang}`,
    term: side.term,
    aliases: [...side.aliases],
    definition: side.definition,
    lang,
    category,
    source: 'builtin',
    counterpart: `${c.slug}-${other}`,
    ...(side.caseSensitive ? { caseSensitive: side.caseSensitive } : {}),
    ...(side.unmatched ? { unmatched: side.unmatched } : {}),
  }
}
