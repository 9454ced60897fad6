// The term lists of the glossary benchmark: 500 spellings taken from the built-in glossary
// (mostly multi-word, both languages), and 50 of them. Each spelling is one entry with no
// aliases, so mark.js and our matcher get exactly the same list.
import { importTs } from './esbuild.mjs'

export async function benchTerms() {
  const g = await importTs('shared/glossary/index.ts')
  const seen = new Set()
  const multi = []
  const single = []
  for (const t of g.BUILTIN_GLOSSARY) {
    for (const spelling of [t.term, ...t.aliases]) {
      const key = g.foldKey(spelling)
      // Short acronyms are case-sensitive in the real glossary (ROI vs roi); as plain entries
      // they would match ordinary words in both tools alike, which says nothing.
      if (seen.has(key) || spelling.length < 4) continue
      seen.add(key)
      const list = spelling.includes(' ') ? multi : single
      list.push({ spelling, from: t })
    }
  }
  const pick = (list, n) => Array.from({ length: n }, (_, i) => list[Math.floor((i * list.length) / n)])
  const chosen = [...pick(multi, 400), ...pick(single, 100)]
  const terms500 = chosen.map(({ spelling, from }, i) => ({
    id: `bench-${i}`,
    term: spelling,
    aliases: [],
    definition: from.definition,
    lang: from.lang,
    category: from.category,
    source: 'workspace',
  }))
  // Every tenth keeps the same mix of multi- and single-word entries.
  const terms50 = terms500.filter((_, i) => i % 10 === 0)
  return { terms50, terms500, foldKey: g.foldKey }
}
