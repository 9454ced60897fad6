import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { BUILTIN_GLOSSARY, CATEGORIES, foldKey, glossaryVersion } from '../../../shared/glossary'
import { fnv1a } from '../../../shared/glossary/version'
import { LIMITS } from '../../../shared/limits'
import { GlossaryTermSchema } from '../../../shared/schema/glossary'

const byId = new Map(BUILTIN_GLOSSARY.map((t) => [t.id, t]))
const spellings = (t: (typeof BUILTIN_GLOSSARY)[number]) => [t.term, ...t.aliases]

describe('built-in glossary data', () => {
  it('has at least 80 concepts, each in French and in English', () => {
    const fr = BUILTIN_GLOSSARY.filter((t) => t.lang === 'fr')
    const en = BUILTIN_GLOSSARY.filter((t) => t.lang === 'en')
    expect(fr.length).toBeGreaterThanOrEqual(80)
    expect(en.length).toBe(fr.length)
    expect(BUILTIN_GLOSSARY.length).toBe(fr.length + en.length)
  })

  it('has unique ids of the wire format, each valid against the wire schema', () => {
    expect(byId.size).toBe(BUILTIN_GLOSSARY.length)
    for (const t of BUILTIN_GLOSSARY) {
      expect(t.id).toMatch(/^[A-Za-z0-9_-]{1,64}$/)
      expect(t.id.endsWith(`-${t.lang}`)).toBe(true)
      expect(() => v.parse(GlossaryTermSchema, t)).not.toThrow()
      expect(t.source).toBe('builtin')
    }
  })

  it('links every entry to a counterpart in the other language that links back', () => {
    for (const t of BUILTIN_GLOSSARY) {
      const other = byId.get(t.counterpart)
      expect(other, `${t.id} → ${t.counterpart}`).toBeDefined()
      expect(other!.lang).not.toBe(t.lang)
      expect(other!.counterpart).toBe(t.id)
      expect(other!.category).toBe(t.category)
    }
  })

  it('keeps definitions short and written, categories known, spellings non-empty', () => {
    for (const t of BUILTIN_GLOSSARY) {
      expect(t.definition.length, t.id).toBeGreaterThan(40)
      expect(t.definition.length, t.id).toBeLessThanOrEqual(200)
      expect(CATEGORIES).toContain(t.category)
      expect(t.aliases.length, t.id).toBeGreaterThan(0)
      expect(t.aliases.length).toBeLessThanOrEqual(LIMITS.glossaryAliases)
      for (const s of spellings(t)) {
        expect(s.trim(), t.id).toBe(s)
        expect(foldKey(s), `${t.id}: "${s}"`).not.toBe('')
        expect(s.length).toBeLessThanOrEqual(LIMITS.glossaryTermChars)
      }
      expect(new Set(t.aliases).size, `${t.id} repeats an alias`).toBe(t.aliases.length)
    }
  })

  it('gives each folded spelling to one concept per language', () => {
    const owner = new Map<string, string>()
    for (const t of BUILTIN_GLOSSARY) {
      const unmatched = new Set((t.unmatched ?? []).map(foldKey))
      for (const s of spellings(t)) {
        if (unmatched.has(foldKey(s))) continue
        const key = `${t.lang}:${foldKey(s)}`
        expect(owner.get(key) ?? t.id, `"${s}" is in ${owner.get(key)} and ${t.id}`).toBe(t.id)
        owner.set(key, t.id)
      }
    }
  })

  it('names matching hints only among the entry’s own spellings, and leaves something to match', () => {
    for (const t of BUILTIN_GLOSSARY) {
      for (const s of [...(t.caseSensitive ?? []), ...(t.unmatched ?? [])]) expect(spellings(t), t.id).toContain(s)
      const unmatched = new Set((t.unmatched ?? []).map(foldKey))
      expect(
        spellings(t).some((s) => !unmatched.has(foldKey(s))),
        t.id,
      ).toBe(true)
    }
  })

  it('uses every category in both languages', () => {
    for (const c of CATEGORIES) {
      expect(
        BUILTIN_GLOSSARY.some((t) => t.category === c && t.lang === 'fr'),
        c,
      ).toBe(true)
    }
  })
})

describe('glossary version', () => {
  it('is FNV-1a of the data, as 8 hex digits', () => {
    expect(fnv1a('')).toBe('811c9dc5')
    expect(fnv1a('a')).toBe('e40c292c')
    expect(fnv1a('foobar')).toBe('bf9cf968')
    expect(glossaryVersion).toBe(fnv1a(JSON.stringify(BUILTIN_GLOSSARY)))
    expect(glossaryVersion).toMatch(/^[0-9a-f]{8}$/)
  })

  it('changes when a definition changes', () => {
    const edited = BUILTIN_GLOSSARY.map((t, i) => (i === 0 ? { ...t, definition: `${t.definition}.` } : t))
    expect(fnv1a(JSON.stringify(edited))).not.toBe(glossaryVersion)
  })
})
