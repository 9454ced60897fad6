import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { BUILTIN_GLOSSARY, compileMatcher, matchableTerms } from '../../../shared/glossary'
import { GlossaryTermSchema, type GlossaryTerm } from '../../../shared/schema/glossary'

// What the extension gets back from the worker: the wire schema drops the hints.
const wire: GlossaryTerm[] = BUILTIN_GLOSSARY.map((t) => v.parse(GlossaryTermSchema, t))

describe('matchableTerms', () => {
  it('puts workspace terms first, then the reader’s language, keeping order within each group', () => {
    const custom: GlossaryTerm = {
      id: 'w1',
      term: 'SLA',
      aliases: [],
      definition: 'Ours.',
      lang: 'en',
      category: 'ops',
      source: 'workspace',
    }
    const ordered = matchableTerms([...wire, custom], 'en')
    expect(ordered[0]!.id).toBe('w1')
    const langs = ordered.slice(1).map((t) => wire.find((w) => w.id === t.id)!.lang)
    expect(langs.indexOf('fr')).toBe(langs.lastIndexOf('en') + 1)
    expect(compileMatcher(ordered).find('the SLA')[0]!.termId).toBe('w1')
  })

  it('restores the built-in matching hints the wire format cannot carry', () => {
    expect('caseSensitive' in wire.find((t) => t.id === 'roi-fr')!).toBe(false)
    const matcher = compileMatcher(matchableTerms(wire, 'fr'))
    expect(matcher.find('vive le roi, pas le ROI').map((m) => m.termId)).toEqual(['roi-fr'])
    expect(matcher.find('il faut avoir un avoir')).toHaveLength(1)
  })

  it('gives no hints to workspace terms that reuse a built-in id', () => {
    const spoof: GlossaryTerm = { ...wire.find((t) => t.id === 'roi-fr')!, source: 'workspace' }
    expect(matchableTerms([spoof])[0]).toEqual({ id: 'roi-fr', term: 'ROI', aliases: spoof.aliases })
  })
})
