// The glossary's public face: the built-in terms, their version, and the matcher.
import { BUILTIN_GLOSSARY } from './data'
import { fnv1a } from './version'

export { BUILTIN_GLOSSARY, BUILTIN_BY_ID } from './data'
export { CATEGORIES, type BuiltinTerm, type GlossaryCategory } from './define'
export { compileMatcher, type ChunkMatch, type ChunkMode, type Match, type Matcher, type MatchableTerm } from './matcher'
export { foldKey } from './normalize'
export { inMatchOrder, matchableTerms, matchingHints, type MatchingHints } from './prepare'
export { fnv1a } from './version'

/** Changes whenever any built-in term, alias, definition or hint changes. */
export const glossaryVersion: string = fnv1a(JSON.stringify(BUILTIN_GLOSSARY))
