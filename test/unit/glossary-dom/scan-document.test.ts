// @vitest-environment happy-dom
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BUILTIN_GLOSSARY, compileMatcher, matchableTerms } from '../../../shared/glossary'
import type { MatchStore } from '../../../extension/glossary/match-store'
import { scanDocument } from '../../../extension/glossary/scan-document'
import { TextWalk } from '../../../extension/glossary/walk'
import { SEED_TERMS } from '../../e2e/fixtures/seed-terms'
import { page, smallMatcher, textNode } from './helpers'

/** Each match as the reader sees it: its text across its pieces, and its term. */
function spelled(store: MatchStore): string[] {
  const out = new Set<string>()
  for (const node of store.nodes()) {
    for (const piece of store.get(node)!) {
      if (piece.match.pieces[0] !== piece) continue
      out.add(`${piece.match.pieces.map((p) => p.node.data.slice(p.start, p.end)).join('|')} → ${piece.termId}`)
    }
  }
  return [...out]
}

describe('scanDocument', () => {
  it('maps every match to its text node and offsets in that node', () => {
    const body = page(
      '<p>Le <b>SLA</b> du back-office, puis la due diligence.</p><ul><li>KPIs et cahier des charges</li></ul><textarea>SLA</textarea>',
    )
    const { store, timings } = scanDocument(body, smallMatcher())
    const at = (data: string) => store.get(textNode(body, data))?.map(({ start, end, termId }) => ({ start, end, termId }))
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

  it('finds a term split by inline markup, as one match with a piece in each node', () => {
    const body = page('<p><b>due</b> diligence and <i>cahier</i> des <span>charges</span></p><p>back-</p><p>office</p>')
    const { store } = scanDocument(body, smallMatcher())
    expect(spelled(store).sort()).toEqual(['cahier| des |charges → cahier', 'due| diligence → due-diligence'])
    // Different blocks never join: "back-" and "office" are two paragraphs.
    expect(store.size).toBe(2)
  })

  it('keeps a seam of inline markup as a word edge', () => {
    const body = page('<p><span>SLA</span><span>KPI</span> et <b>KPIs</b>SLA</p>')
    expect(spelled(scanDocument(body, smallMatcher()).store).sort()).toEqual(['KPI → kpi', 'KPIs → kpi', 'SLA → sla'])
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
      // One paragraph per node here: the DOM scan agrees with the matcher run on each node's text alone.
      expect(store.get(node)!.map(({ start, end, termId }) => ({ start, end, termId }))).toEqual(matcher.find(node.data))
    }
    for (const [text, id] of SEED_TERMS) expect(found, `${text} → ${id}`).toContain(`${text} → ${id}`)
  })
})

describe('the walk in batches', () => {
  it('cuts batches at block ends, so a block’s inline text stays in one batch', () => {
    const paragraphs = Array.from(
      { length: 300 },
      (_, i) => `<p>ligne ${i} : le <b>SLA</b> et la <i>due</i> diligence du back-office</p>`,
    ).join('')
    const body = page(paragraphs)
    const walk = new TextWalk([body])
    const batches = []
    for (let b = walk.next(200); b !== null; b = walk.next(200)) batches.push(b)
    expect(batches.length).toBeGreaterThan(10)
    for (const batch of batches) {
      // Every batch starts a block and holds whole paragraphs (5 text nodes each).
      expect(batch.joined[0]).toBe(0)
      expect(batch.nodes.length % 5).toBe(0)
      expect(batch.nodes[0]!.parentElement!.localName).toBe('p')
    }
    expect(batches.reduce((n, b) => n + b.nodes.length, 0)).toBe(1500)
    expect(scanDocument(body, smallMatcher()).store.size).toBe(900)
  })
})
