// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { GlossaryPage } from '../../../extension/glossary/glossary-page'
import { highlightsSupported } from '../../../extension/glossary/highlight-layer'
import { SpanMarker } from '../../../extension/glossary/span-marker'
import { page, smallMatcher, textNode } from './helpers'

let glossary: GlossaryPage | null = null
afterEach(() => {
  glossary?.stop()
  glossary = null
})

describe('the span fallback (no CSS.highlights)', () => {
  it('is what a browser without the Highlight API gets', () => {
    expect(highlightsSupported()).toBe(false) // happy-dom has no CSS.highlights
  })

  it('wraps matches in spans outside editable regions, and keeps the hover lookup working', async () => {
    page('<p>le SLA du back-office</p><div contenteditable="true"><p>le SLA tapé</p></div>')
    glossary = new GlossaryPage({ doc: document, matcher: smallMatcher(), views: new Map(), readerLang: 'fr' })
    await glossary.start()
    expect(glossary.marker).toBeInstanceOf(SpanMarker)
    const marks = [...document.querySelectorAll('[data-relais-mark]')].map((s) => s.textContent)
    expect(marks).toEqual(['SLA', 'back-office'])
    expect(document.querySelector('[contenteditable] [data-relais-mark]')).toBeNull()
    expect(document.querySelector('p')!.textContent).toBe('le SLA du back-office')
    const inner = textNode(document.body, 'back-office')
    expect(glossary.store.at(inner, 3)?.termId).toBe('back-office')

    // Its own spans are not rescanned into spans within spans.
    await glossary.flush()
    expect(document.querySelectorAll('[data-relais-mark] [data-relais-mark]')).toHaveLength(0)

    glossary.stop()
    glossary = null
    expect(document.querySelectorAll('[data-relais-mark]')).toHaveLength(0)
    expect(document.querySelector('p')!.textContent).toBe('le SLA du back-office')
  })
})
