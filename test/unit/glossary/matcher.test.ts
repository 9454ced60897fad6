import { describe, expect, it } from 'vitest'
import { BUILTIN_GLOSSARY, compileMatcher, foldKey, matchableTerms, type MatchableTerm } from '../../../shared/glossary'

const terms: MatchableTerm[] = [
  { id: 'sla', term: 'SLA', aliases: ['SLAs', 'service level agreement'] },
  { id: 'back-office', term: 'back-office', aliases: ['backoffice'] },
  { id: 'csp', term: 'centre de services partagés', aliases: ['centre de services'] },
  { id: 'urssaf', term: 'URSSAF', aliases: [] },
  { id: 'nda', term: 'accord de confidentialité', aliases: ['NDA'] },
  { id: 'conf', term: 'confidentialité', aliases: [] },
  { id: 'moe', term: 'maîtrise d’œuvre', aliases: [] },
  { id: 'm-and-a', term: 'M&A', aliases: [] },
  { id: 'roi', term: 'ROI', aliases: ['retour sur investissement'], caseSensitive: ['ROI'] },
  { id: 'avoir', term: 'avoir', aliases: ['un avoir', 'facture d’avoir'], unmatched: ['avoir'] },
]
const matcher = compileMatcher(terms)
const found = (text: string) => matcher.find(text).map((m) => [text.slice(m.start, m.end), m.termId])

describe('matcher', () => {
  it('ignores case, accents and hyphen, space or apostrophe variants', () => {
    expect(found('Le Back Office, le BACK-OFFICE et le back\u2011office.')).toEqual([
      ['Back Office', 'back-office'],
      ['BACK-OFFICE', 'back-office'],
      ['back\u2011office', 'back-office'],
    ])
    expect(found('un Centre de Services Partages et un centre\u00A0de\u00A0services')).toEqual([
      ['Centre de Services Partages', 'csp'],
      ['centre\u00A0de\u00A0services', 'csp'],
    ])
    expect(found("Maitrise d'oeuvre, MAÎTRISE D’ŒUVRE")).toEqual([
      ["Maitrise d'oeuvre", 'moe'],
      ['MAÎTRISE D’ŒUVRE', 'moe'],
    ])
    expect(found('sla, Sla, sLa')).toEqual([
      ['sla', 'sla'],
      ['Sla', 'sla'],
      ['sLa', 'sla'],
    ])
  })

  it('matches whole words only', () => {
    expect(found('SLAB slas ASLA SLA2 2SLA SLAé')).toEqual([['slas', 'sla']])
    expect(found('backoffices préconfidentialité')).toEqual([])
    expect(found('(SLA) "SLA" SLA. SLA…')).toEqual([
      ['SLA', 'sla'],
      ['SLA', 'sla'],
      ['SLA', 'sla'],
      ['SLA', 'sla'],
    ])
  })

  it('finds the term after a French elision, with either apostrophe', () => {
    expect(found("l'SLA, d’URSSAF, L’URSSAF, qu'un accord de confidentialité")).toEqual([
      ['SLA', 'sla'],
      ['URSSAF', 'urssaf'],
      ['URSSAF', 'urssaf'],
      ['accord de confidentialité', 'nda'],
    ])
  })

  it('keeps the leftmost-longest match and never overlaps', () => {
    expect(found('le centre de services partagés')).toEqual([['centre de services partagés', 'csp']])
    expect(found('un accord de confidentialité')).toEqual([['accord de confidentialité', 'nda']])
    expect(found('la confidentialité')).toEqual([['confidentialité', 'conf']])
    expect(found('centre de services partagés SLA')).toEqual([
      ['centre de services partagés', 'csp'],
      ['SLA', 'sla'],
    ])
  })

  it('matches spellings with punctuation inside', () => {
    expect(found('Conseil en M&A.')).toEqual([['M&A', 'm-and-a']])
    expect(found('M & A')).toEqual([])
  })

  it('reports offsets in the original text, even where folding changes lengths', () => {
    const nfd = 'La Maîtrise d’Œuvre et le Centre de Services Partagés.'.normalize('NFD')
    const matches = matcher.find(nfd)
    expect(matches.map((m) => m.termId)).toEqual(['moe', 'csp'])
    for (const m of matches) {
      const slice = nfd.slice(m.start, m.end)
      expect(slice.normalize('NFC')).toMatch(/^(Maîtrise d’Œuvre|Centre de Services Partagés)$/)
    }
    // Combining marks after the last letter belong to the match.
    expect(found('SLA\u0301 ok')).toEqual([['SLA\u0301', 'sla']])
  })

  it('honours case-sensitive spellings', () => {
    expect(found('le roi et le Roi')).toEqual([])
    expect(found('le ROI et le retour sur investissement')).toEqual([
      ['ROI', 'roi'],
      ['retour sur investissement', 'roi'],
    ])
  })

  it('never matches an unmatched spelling alone, but matches its phrases', () => {
    expect(found('il faut avoir un avoir et une facture d’avoir')).toEqual([
      ['un avoir', 'avoir'],
      ['facture d’avoir', 'avoir'],
    ])
  })

  it('gives a spelling shared by several terms to the first one', () => {
    const m = compileMatcher([
      { id: 'a', term: 'SLA', aliases: [] },
      { id: 'b', term: 'sla', aliases: ['SLA'] },
    ])
    expect(m.find('SLA').map((x) => x.termId)).toEqual(['a'])
    expect(m.keyCount).toBe(1)
  })

  it('falls through to the next owner when a case-sensitive one does not fit', () => {
    const m = compileMatcher([
      { id: 'ca-en', term: 'CA', aliases: [], caseSensitive: ['CA'] },
      { id: 'ca-any', term: 'ça', aliases: [] },
    ])
    expect(m.find('CA ça ca').map((x) => x.termId)).toEqual(['ca-en', 'ca-any', 'ca-any'])
  })

  it('copes with empty input and terms', () => {
    expect(compileMatcher([]).find('anything at all')).toEqual([])
    expect(matcher.find('')).toEqual([])
    expect(matcher.findInChunks([])).toEqual([])
    expect(compileMatcher([{ id: 'x', term: ' - ', aliases: [''] }]).find('a - b')).toEqual([])
  })
})

describe('matcher over chunks', () => {
  it('treats chunk boundaries as word breaks in separate mode', () => {
    expect(matcher.findInChunks(['the S', 'LA and ', 'SLA', 's'])).toEqual([{ chunk: 2, start: 0, endChunk: 2, end: 3, termId: 'sla' }])
  })

  it('matches across chunks in continuous mode, with offsets in each chunk', () => {
    expect(matcher.findInChunks(['the S', '', 'LA, back', '-', 'office\u0301', '\u0301!'], 'continuous')).toEqual([
      { chunk: 0, start: 4, endChunk: 2, end: 2, termId: 'sla' },
      { chunk: 2, start: 4, endChunk: 5, end: 1, termId: 'back-office' },
    ])
  })
})

describe('matcher with the built-in glossary', () => {
  const builtin = compileMatcher(matchableTerms(BUILTIN_GLOSSARY, 'fr'))

  it('finds every matchable spelling in any case, without accents and with other separators', () => {
    const variants = (s: string) => [
      s,
      s.toUpperCase(),
      s.normalize('NFD').replace(/\p{M}/gu, ''),
      s.normalize('NFD'),
      s.replace(/-/g, ' '),
      s.replace(/ /g, '-'),
      s.replace(/ /g, '\u00A0'),
      s.replace(/['’]/g, (q) => (q === '’' ? "'" : '’')),
    ]
    for (const t of BUILTIN_GLOSSARY) {
      const unmatched = new Set((t.unmatched ?? []).map(foldKey))
      for (const s of [t.term, ...t.aliases]) {
        if (unmatched.has(foldKey(s))) continue
        const sensitive = (t.caseSensitive ?? []).includes(s)
        for (const variant of variants(s)) {
          if (sensitive && variant !== s && variant.toUpperCase() !== s) continue
          const text = `Voir « ${variant} » ici.`
          const m = builtin.find(text)
          expect(m.length, `${t.id}: ${JSON.stringify(variant)}`).toBe(1)
          expect(text.slice(m[0]!.start, m[0]!.end)).toBe(variant)
          expect(foldKey(variant)).toBe(foldKey(s))
        }
      }
    }
  })

  it('prefers the reader’s language for spellings both languages share', () => {
    const en = compileMatcher(matchableTerms(BUILTIN_GLOSSARY, 'en'))
    expect(builtin.find('SLA').map((m) => m.termId)).toEqual(['sla-fr'])
    expect(en.find('SLA').map((m) => m.termId)).toEqual(['sla-en'])
  })

  it('leaves ordinary words alone', () => {
    expect(builtin.find('Le roi a dû avoir ça en tête, si tu veux ; les statuts des tâches.')).toEqual([])
  })
})
