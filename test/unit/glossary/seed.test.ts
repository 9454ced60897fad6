import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { BUILTIN_GLOSSARY, compileMatcher, matchableTerms } from '../../../shared/glossary'
import { SEED_TERMS } from '../../e2e/fixtures/seed-terms'

// The seed article (shared/seeds/000_0af02e1dead7c009.txt), copied so the test stays inside the repo.
const seed = readFileSync(new URL('./fixtures/seed.txt', import.meta.url), 'utf8')

// Every term the seed defines or uses, as written there, and the entry it must resolve to
// (one list, shared with the DOM and browser tests).

describe('the seed article', () => {
  const matcher = compileMatcher(matchableTerms(BUILTIN_GLOSSARY, 'fr'))
  const found = matcher.find(seed).map((m) => [seed.slice(m.start, m.end), m.termId] as const)
  const seen = new Set(found.map(([text, id]) => `${text}\u0000${id}`))

  it('is the real article', () => {
    expect(seed).toContain('Définitions express des principaux termes')
    expect(seed.length).toBeGreaterThan(7000)
  })

  it.each(SEED_TERMS)('has "%s" found as %s', (text, id) => {
    expect(seed).toContain(text)
    expect(seen.has(`${text}\u0000${id}`), JSON.stringify(found.filter(([, i]) => i === id))).toBe(true)
  })

  it('resolves every listed term to a built-in entry with an English counterpart', () => {
    const ids = new Set(BUILTIN_GLOSSARY.map((t) => t.id))
    for (const [, id] of SEED_TERMS) {
      expect(ids.has(id)).toBe(true)
      expect(ids.has(id.replace(/-fr$/, '-en'))).toBe(true)
    }
  })

  it('finds nothing the list does not account for', () => {
    const listed = new Set(SEED_TERMS.map(([, id]) => id))
    expect(found.filter(([, id]) => !listed.has(id))).toEqual([])
  })

  it('finds the same terms whether scanned whole or line by line', () => {
    const lines = seed.split('\n')
    expect(matcher.findInChunks(lines).map((m) => m.termId)).toEqual(found.map(([, id]) => id))
  })
})
