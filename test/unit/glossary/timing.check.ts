// A local timing check, not a test: `npx jiti test/unit/glossary/timing.check.ts`.
// Scans about 2 MB of French and English business text with the whole
// built-in glossary, as one string and as ~20,000 text-node-sized chunks.
import { readFileSync } from 'node:fs'
import { BUILTIN_GLOSSARY, compileMatcher } from '../../../shared/glossary'

const seed = readFileSync(new URL('./fixtures/seed.txt', import.meta.url), 'utf8')
const english =
  'The CFO asked the outsourced assistant to chase the unpaid invoices, check the credit note and update the dashboard before the due diligence. '
const noise = 'Réunion reportée à jeudi ; merci de confirmer votre présence et de préparer les éléments demandés pour le comité. '
let text = ''
while (text.length < 2_000_000) text += seed + english.repeat(20) + noise.repeat(20)
text = text.slice(0, 2_000_000)
const chunks = text.match(/[^\n]{1,100}/g) ?? []

const best = (label: string, runs: number, fn: () => number) => {
  let min = Infinity
  let count = 0
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    count = fn()
    min = Math.min(min, performance.now() - t0)
  }
  console.log(`${label}: ${min.toFixed(1)} ms (best of ${runs}), ${count} matches`)
}

best(`compile ${BUILTIN_GLOSSARY.length} terms`, 5, () => compileMatcher(BUILTIN_GLOSSARY).keyCount)
const matcher = compileMatcher(BUILTIN_GLOSSARY)
best('first find, 2 MB (cold fold tables)', 1, () => compileMatcher(BUILTIN_GLOSSARY).find(text).length)
best('find, 2 MB in one string', 10, () => matcher.find(text).length)
best(`findInChunks separate, ${chunks.length} chunks`, 10, () => matcher.findInChunks(chunks).length)
best(`findInChunks continuous, ${chunks.length} chunks`, 10, () => matcher.findInChunks(chunks, 'continuous').length)
