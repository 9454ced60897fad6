import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BUILTIN_GLOSSARY, compileMatcher, foldKey, matchableTerms, type Match, type MatchableTerm } from '../../../shared/glossary'
import { KIND_SKIP, isWordUnit, unitKind } from '../../../shared/glossary/normalize'
import { referenceFind } from './reference'

// A tiny alphabet makes overlaps, shared prefixes and near-misses common.
const pieces = [
  'a',
  'A',
  'b',
  'B',
  'é',
  'É',
  'e\u0301',
  'œ',
  'oe',
  ' ',
  '-',
  '\u2011',
  "'",
  '’',
  '\u00A0',
  '&',
  '.',
  '\u00AD',
  '\u0301',
  '😀',
  'x',
]
const termText = fc
  .array(fc.constantFrom('a', 'A', 'b', 'é', 'É', 'œ', 'oe', ' ', '-', '’', '&'), { minLength: 1, maxLength: 5 })
  .map((p) => p.join(''))
const term = fc.record({
  spellings: fc.array(termText, { minLength: 1, maxLength: 3 }),
  sensitive: fc.boolean(),
})
const termsArb = fc.array(term, { minLength: 1, maxLength: 6 }).map((list) =>
  list.map(
    ({ spellings, sensitive }, i): MatchableTerm => ({
      id: `t${i}`,
      term: spellings[0]!,
      aliases: spellings.slice(1),
      ...(sensitive ? { caseSensitive: [spellings[0]!] } : {}),
    }),
  ),
)
const textArb = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join(''))

// Cut a text at sorted positions.
const cut = (text: string, at: number[]) => {
  const points = [...new Set(at.map((n) => n % (text.length + 1)))].sort((a, b) => a - b)
  const chunks: string[] = []
  let from = 0
  for (const p of points) {
    chunks.push(text.slice(from, p))
    from = p
  }
  chunks.push(text.slice(from))
  return chunks
}
const bases = (chunks: readonly string[], gap = 0) => {
  const base: number[] = []
  let n = 0
  for (const c of chunks) {
    base.push(n)
    n += c.length + gap
  }
  return base
}

const keysOf = (terms: readonly MatchableTerm[]) => new Map(terms.map((t) => [t.id, new Set([t.term, ...t.aliases].map(foldKey))]))

function previousVisible(text: string, i: number): number {
  let j = i - 1
  while (j >= 0 && unitKind(text.charCodeAt(j)) === KIND_SKIP) j--
  return j
}

function expectWellFormed(text: string, matches: Match[]) {
  let edge = 0
  for (const m of matches) {
    expect(m.start).toBeGreaterThanOrEqual(edge)
    expect(m.end).toBeGreaterThan(m.start)
    expect(m.end).toBeLessThanOrEqual(text.length)
    edge = m.end
  }
}

describe('matcher properties', () => {
  it('agrees with the naive reference matcher', () => {
    fc.assert(
      fc.property(termsArb, textArb, (terms, text) => {
        expect(compileMatcher(terms).find(text)).toEqual(referenceFind(terms, text))
      }),
      { numRuns: 2000 },
    )
  })

  it('never matches inside a word, never overlaps, and every slice is a spelling of its term', () => {
    fc.assert(
      fc.property(termsArb, textArb, (terms, text) => {
        const keys = keysOf(terms)
        const matches = compileMatcher(terms).find(text)
        expectWellFormed(text, matches)
        for (const m of matches) {
          const before = previousVisible(text, m.start)
          if (before >= 0) expect(isWordUnit(text.charCodeAt(before))).toBe(false)
          if (m.end < text.length) expect(isWordUnit(text.charCodeAt(m.end))).toBe(false)
          expect(keys.get(m.termId)!.has(foldKey(text.slice(m.start, m.end)))).toBe(true)
        }
      }),
      { numRuns: 1000 },
    )
  })

  it('finds the same matches however a continuous text is cut into chunks', () => {
    fc.assert(
      fc.property(termsArb, textArb, fc.array(fc.nat(), { maxLength: 8 }), (terms, text, at) => {
        const matcher = compileMatcher(terms)
        const chunks = cut(text, at)
        const base = bases(chunks)
        const global = matcher.findInChunks(chunks, 'continuous').map((m) => ({
          start: base[m.chunk]! + m.start,
          end: base[m.endChunk]! + m.end,
          termId: m.termId,
        }))
        expect(global).toEqual(matcher.find(text))
      }),
      { numRuns: 1000 },
    )
  })

  it('treats separate chunks as if a non-word character stood between them', () => {
    fc.assert(
      fc.property(termsArb, fc.array(textArb, { maxLength: 5 }), (terms, chunks) => {
        const matcher = compileMatcher(terms)
        const base = bases(chunks, 1)
        const separate = matcher.findInChunks(chunks)
        for (const m of separate) expect(m.endChunk).toBe(m.chunk)
        const global = separate.map((m) => ({ start: base[m.chunk]! + m.start, end: base[m.chunk]! + m.end, termId: m.termId }))
        expect(global).toEqual(matcher.find(chunks.join('\u0000')))
      }),
      { numRuns: 1000 },
    )
  })

  it('agrees with the reference on business text made of built-in spellings', () => {
    const terms = matchableTerms(BUILTIN_GLOSSARY, 'fr')
    const matcher = compileMatcher(terms)
    const spellings = BUILTIN_GLOSSARY.flatMap((t) => [t.term, ...t.aliases])
    const word = fc.oneof(
      fc.constantFrom(...spellings),
      fc.constantFrom(...spellings).map((s) => s.toUpperCase()),
      fc.constantFrom(...spellings).map((s) => s.normalize('NFD')),
      fc.constantFrom('le', 'd’', "l'", 'roi', 'ça', 'avoir', 'un', 's', 'de', 'x'),
    )
    const sep = fc.constantFrom(' ', '-', '’', '\u00A0', ', ', '', '\n')
    const text = fc.array(fc.tuple(word, sep), { maxLength: 12 }).map((p) => p.flat().join(''))
    fc.assert(
      fc.property(text, (t) => {
        expect(matcher.find(t)).toEqual(referenceFind(terms, t))
      }),
      { numRuns: 300 },
    )
  })
})
