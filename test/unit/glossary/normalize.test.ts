import { describe, expect, it } from 'vitest'
import {
  KIND_EXPAND,
  KIND_OTHER,
  KIND_SEP,
  KIND_SKIP,
  KIND_WORD,
  foldKey,
  foldKeyKeepCase,
  unitKind,
} from '../../../shared/glossary/normalize'

const kind = (ch: string) => unitKind(ch.charCodeAt(0))

describe('folding', () => {
  it('lowercases, strips accents and expands ligatures', () => {
    expect(foldKey('Délégation')).toBe('delegation')
    expect(foldKey('MAÎTRISE D’ŒUVRE')).toBe('maitrise d oeuvre')
    expect(foldKey('Ça, là-bas')).toBe('ca, la bas')
    expect(foldKey('İstanbul')).toBe('istanbul')
    expect(foldKey('ﬁnance')).toBe('finance')
  })

  it('treats every hyphen, space and apostrophe as one separator and collapses runs', () => {
    for (const s of [
      'back-office',
      'back office',
      'back\u2011office',
      'back\u2013office',
      'back \u00A0- office',
      'back\u202Foffice',
      "back'office",
      'back’office',
      'back\toffice',
      'back\noffice',
    ]) {
      expect(foldKey(s), JSON.stringify(s)).toBe('back office')
    }
    expect(foldKey('  - SLA -  ')).toBe('sla')
  })

  it('drops combining marks and invisible units, whatever the normal form', () => {
    expect(foldKey('Délégation'.normalize('NFD'))).toBe('delegation')
    expect(foldKey('back\u00ADoffice')).toBe('backoffice')
    expect(foldKey('S\u200BLA')).toBe('sla')
  })

  it('can keep case for case-sensitive spellings', () => {
    expect(foldKeyKeepCase('ROI')).toBe('ROI')
    expect(foldKeyKeepCase('Rôi')).toBe('Roi')
    expect(foldKeyKeepCase('Œuvre')).toBe('OEuvre')
  })

  it('classifies units', () => {
    expect(kind('a')).toBe(KIND_WORD)
    expect(kind('É')).toBe(KIND_WORD)
    expect(kind('7')).toBe(KIND_WORD)
    expect(kind('\u0301')).toBe(KIND_SKIP)
    expect(kind('’')).toBe(KIND_SEP)
    expect(kind('\u00A0')).toBe(KIND_SEP)
    expect(kind('&')).toBe(KIND_OTHER)
    expect(kind('.')).toBe(KIND_OTHER)
    expect(kind('œ')).toBe(KIND_EXPAND)
    expect(kind('\uD83D')).toBe(KIND_WORD)
  })
})

describe('folding outside Latin scripts', () => {
  it('keeps letters whose decomposition is not letter plus accents', () => {
    expect(foldKey('한국')).toBe('한국')
    expect(foldKey('한') === foldKey('할')).toBe(false)
    expect(foldKey('Ελληνικά')).toBe('ελληνικα')
  })
})
