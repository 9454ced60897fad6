// @vitest-environment happy-dom
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BUILTIN_GLOSSARY, compileMatcher, matchableTerms } from '../../../shared/glossary'
import { scanDocument, scanSliced } from '../../../extension/glossary/scan-document'
import { Slice } from '../../../extension/glossary/scheduler'
import { SEED_TERMS } from '../../e2e/fixtures/seed-terms'
import { page, smallMatcher, textNode } from './helpers'

describe('scanDocument', () => {
  it('maps every match to its own text node and offsets in that node', () => {
    const body = page('<p>Le <b>SLA</b> du back-office, puis la due diligence.</p><ul><li>KPIs et cahier des charges</li></ul><textarea>SLA</textarea>')
    const { store, timings } = scanDocument(body, smallMatcher())
    const at = (data: string) => store.get(textNode(body, data))
    expect(at('SLA')).toEqual([{ start: 0, end: 3, termId: 'sla' }])
    expect(at(' du back-office, puis la due diligence.')).toEqual([
      { start: 4, end: 15, termId: 'back-office' },
      { start: 25, end: 38, termId: 'due-diligence' },
    ])
    expect(at('KPIs et cahier des charges')).toEqual([
      { start: 0, end: 4, termId: 'kpi' },
      { start: 8, end: 26, termId: 'cahier' },
    ])
    expect(at('Le ')).toBeUndefined()
    expect(store.size).toBe(5)
    expect(timings).toMatchObject({ nodes: 4, matches: 5 })
  })

  it('never joins two nodes into one match (inline markup splits a term)', () => {
    const body = page('<p><b>due</b> diligence and <i>cahier</i> des charges</p>')
    expect(scanDocument(body, smallMatcher()).store.size).toBe(0)
  })

  it('finds at a caret offset, including the offset just after the last letter', () => {
    const body = page('<p>voir le SLA ici</p>')
    const { store } = scanDocument(body, smallMatcher())
    const node = textNode(body, 'voir le SLA ici')
    expect(store.at(node, 7)).toBeNull()
    expect(store.at(node, 8)?.termId).toBe('sla')
    expect(store.at(node, 11)?.termId).toBe('sla')
    expect(store.at(node, 12)).toBeNull()
  })

  it('finds the seed article’s terms, each offset spelling the term in the node', () => {
    // The page the end-to-end test serves; its article only (the rest is about exclusions).
    const html = readFileSync(resolve('test/e2e/fixtures/seed.html'), 'utf8')
    page(html.slice(html.indexOf('<article'), html.indexOf('</article>') + 10))
    const matcher = compileMatcher(matchableTerms(BUILTIN_GLOSSARY, 'fr'))
    const { store } = scanDocument(document.body, matcher)
    const found = new Set<string>()
    for (const node of store.nodes()) {
      for (const m of store.get(node)!) found.add(`${node.data.slice(m.start, m.end)} → ${m.termId}`)
      // The DOM scan agrees with the matcher run on each node's text alone.
      expect(store.get(node)).toEqual(matcher.find(node.data))
    }
    for (const [text, id] of SEED_TERMS) expect(found, `${text} → ${id}`).toContain(`${text} → ${id}`)
  })
})

describe('scanSliced', () => {
  it('gives the same matches as the one-shot scan, starting anywhere, across many slices', async () => {
    const lines = Array.from({ length: 600 }, (_, i) => `<p>ligne ${i} : le SLA et le KPI du back-office</p>`).join('')
    const body = page(lines)
    const reference = scanDocument(body, smallMatcher())
    const nodes = [...reference.nodes]
    const seen = new Map<Text, unknown>()
    // A zero budget: every batch ends its slice.
    const slice = new Slice(0)
    await scanSliced(nodes, smallMatcher(), (node, list) => seen.set(node, list), { first: 250, slice })
    expect(slice.count).toBeGreaterThan(1)
    expect(seen.size).toBe(nodes.length)
    for (const node of nodes) expect(seen.get(node)).toEqual(reference.store.get(node) ?? [])
  })
})
