import { describe, expect, it } from 'vitest'
import { glossaryPage, termCard } from '../../worker/src/glossary/html'

const hostile = {
  id: 'x',
  term: '<img src=x onerror=alert(1)>',
  aliases: ['"><script>1</script>'],
  definition: '<script>alert(2)</script>',
  lang: 'fr' as const,
  category: 'c&d',
  source: 'workspace' as const,
}

describe('glossary pages (hono/jsx)', () => {
  it('escape every value, in a card and in the whole page', () => {
    for (const out of [termCard('fr', hostile), glossaryPage('fr', [hostile])]) {
      expect(out.startsWith('<!doctype html><html lang="fr">')).toBe(true)
      expect(out).not.toMatch(/<img|<script/)
      expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;')
      expect(out).toContain('c&amp;d')
    }
  })

  it('gives each term an anchor', () => {
    const out = glossaryPage('en', [{ ...hostile, id: 'sla-en', term: 'SLA', definition: 'Service level agreement.' }])
    expect(out).toContain('<dt id="sla-en"><a href="#sla-en">SLA</a></dt>')
  })
})
