// @vitest-environment happy-dom
// Quiet marking: a term is painted at its first occurrence in its scope (the page, or one
// Gmail message body), every occurrence stays known to the hover, and the reader's rules
// (known terms, every occurrence) repaint at once.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { GlossaryPage } from '../../../extension/glossary/glossary-page'
import { termViews } from '../../../extension/glossary/term-view'
import { tooltipContent } from '../../../extension/glossary/tooltip-content'
import { RecordingMarker } from './fakes'
import { page, smallMatcher, TERMS, textNode } from './helpers'

let glossary: GlossaryPage | null = null
afterEach(() => {
  glossary?.stop()
  glossary = null
})

async function started(markup: string, options: { scopes?: string; onKnown?: (id: string) => void } = {}) {
  page(markup)
  let marker: RecordingMarker | null = null
  glossary = new GlossaryPage({
    doc: document,
    matcher: smallMatcher(),
    views: new Map(),
    readerLang: 'en',
    ...options,
    marker: () => (marker = new RecordingMarker()),
  })
  await glossary.start()
  return { glossary, marker: marker! }
}

const texts = (marker: RecordingMarker) =>
  marker
    .painted()
    .map((m) => `${m.pieces[0]!.node.data}:${m.termId}`)
    .sort()

describe('first-occurrence marking', () => {
  it('paints each term once on the page, and the hover still finds every occurrence', async () => {
    const { glossary, marker } = await started('<p>le SLA et le KPI</p><p>encore le SLA</p><p>un KPI, le SLA, la due diligence</p>')
    expect(texts(marker)).toEqual(['le SLA et le KPI:kpi', 'le SLA et le KPI:sla', 'un KPI, le SLA, la due diligence:due-diligence'])
    expect(glossary.store.size).toBe(6)
    const later = textNode(document.body, 'encore le SLA')
    expect(glossary.store.at(later, 10)?.termId).toBe('sla')
    expect(glossary.store.at(later, 10)?.match.painted).toBe(false)
  })

  it('counts first occurrences per scope (each open Gmail message)', async () => {
    const { marker } = await started(
      '<p>le SLA de la liste</p><div class="a3s"><p>un SLA</p><p>le SLA encore</p></div><div class="a3s"><p>SLA</p></div>',
      { scopes: 'div.a3s' },
    )
    expect(texts(marker)).toEqual(['SLA:sla', 'le SLA de la liste:sla', 'un SLA:sla'])
  })

  it('marks a term and its counterpart in the other language once, as one concept, and knows them together', async () => {
    page('<p>le KPI</p><p>un SLA</p><p>encore le KPI et le SLA</p>')
    let marker: RecordingMarker | null = null
    glossary = new GlossaryPage({
      doc: document,
      matcher: smallMatcher(),
      views: new Map(),
      readerLang: 'en',
      concept: (id) => (id === 'sla' ? 'kpi' : id),
      marker: () => (marker = new RecordingMarker()),
    })
    await glossary.start()
    expect(texts(marker!)).toEqual(['le KPI:kpi'])
    glossary.setRules({ everyOccurrence: false, known: new Set(['sla']) })
    expect(marker!.painted()).toEqual([])
  })

  it('marks every occurrence when the reader asks, and never a known term', async () => {
    const { glossary, marker } = await started('<p>le SLA et le KPI</p><p>encore le SLA et le KPI</p>')
    glossary.setRules({ everyOccurrence: true, known: new Set() })
    expect(marker.painted()).toHaveLength(4)
    glossary.setRules({ everyOccurrence: true, known: new Set(['sla']) })
    expect(marker.paintedTerms()).toEqual(['kpi', 'kpi'])
    glossary.setRules({ everyOccurrence: false, known: new Set(['sla']) })
    expect(texts(marker)).toEqual(['le SLA et le KPI:kpi'])
    // Known, yet the hover still explains it.
    expect(glossary.store.at(textNode(document.body, 'le SLA et le KPI'), 4)?.termId).toBe('sla')
  })
})

describe('"I know this term"', () => {
  it('is a real button in the tooltip, in the reader’s language, acting on trusted clicks only', () => {
    const views = termViews(
      TERMS.map((t) => ({
        id: t.id,
        term: t.term,
        aliases: [...t.aliases],
        definition: 'def',
        lang: 'en' as const,
        category: 'it',
        source: 'builtin' as const,
      })),
      'fr',
      null,
    )
    const onKnown = vi.fn()
    const box = document.createElement('div')
    box.append(tooltipContent(document, views.get('sla')!, 'fr', onKnown))
    const button = box.querySelector('button')!
    expect(button.type).toBe('button')
    expect(button.textContent).toBe('Je connais ce terme')
    button.click() // a script's click is not the reader's
    expect(onKnown).not.toHaveBeenCalled()
    const en = document.createElement('div')
    en.append(tooltipContent(document, views.get('sla')!, 'en', onKnown))
    expect(en.querySelector('button')!.textContent).toBe('I know this term')
    // Without an action there is no button.
    const none = document.createElement('div')
    none.append(tooltipContent(document, views.get('sla')!, 'en'))
    expect(none.querySelector('button')).toBeNull()
  })
})
