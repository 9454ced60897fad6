// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { BUILTIN_BY_ID } from '../../../shared/glossary'
import type { GlossaryTerm } from '../../../shared/schema/glossary'
import { payloadTerms } from '../../../extension/background/glossary'
import { glossaryLink, termViews } from '../../../extension/glossary/term-view'
import { Tooltip } from '../../../extension/glossary/tooltip'
import { tooltipContent } from '../../../extension/glossary/tooltip-content'

const HOSTILE = '<img src=x onerror=alert(1)>'
const hostile: GlossaryTerm = {
  id: 'ws-hostile',
  term: HOSTILE,
  aliases: ['<script>alert(2)</script>'],
  definition: `<b onmouseover=alert(3)>bold</b> ${HOSTILE}`,
  lang: 'fr',
  category: '<svg onload=alert(4)>',
  source: 'workspace',
}
const anchor = { left: 100, top: 100, right: 160, bottom: 118 }

afterEach(() => {
  vi.restoreAllMocks()
  for (const n of document.documentElement.querySelectorAll(':scope > :not(head):not(body)')) n.remove()
})

/** The tooltip's closed root, caught as the extension creates it: the page never gets it. */
function catchShadowRoot(): { root: ShadowRoot | null } {
  const caught: { root: ShadowRoot | null } = { root: null }
  const original = Element.prototype.attachShadow
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    caught.root = original.call(this, init)
    return caught.root
  })
  return caught
}

describe('tooltip content', () => {
  it('renders hostile term text, definition and category as text, never as markup', () => {
    const view = termViews([hostile], 'en', 'https://relais.example')
    const box = document.createElement('div')
    box.append(tooltipContent(document, view.get('ws-hostile')!, 'en'))
    expect(box.querySelector('img, script, svg, b')).toBeNull()
    expect(box.querySelector('.term')!.textContent).toBe(HOSTILE)
    expect(box.querySelector('.definition')!.textContent).toBe(hostile.definition)
    expect(box.textContent).toContain('<svg onload=alert(4)>')
    // Workspace terms have no page on the server.
    expect(box.querySelector('a')).toBeNull()
  })

  it('shows language, category, the reader’s-language counterpart and an http(s) link for built-in terms', () => {
    const fr = BUILTIN_BY_ID.get('cahier-des-charges-fr')!
    const en = BUILTIN_BY_ID.get(fr.counterpart)!
    // The counterpart arrives resolved by the background, as in the extension.
    const wire = [fr, en].map(({ id, term, aliases, definition, lang, category }) => ({
      id,
      term,
      aliases: [...aliases],
      definition,
      lang,
      category,
      source: 'builtin' as const,
    }))
    const views = termViews(payloadTerms(wire, 'en'), 'en', 'https://relais.example')
    const box = document.createElement('div')
    box.append(tooltipContent(document, views.get(fr.id)!, 'en'))
    expect(box.querySelector('.term')!.textContent).toBe(fr.term)
    expect(box.querySelector('.definition')!.textContent).toBe(fr.definition)
    expect(box.querySelector('.lang')!.textContent).toBe('FR')
    expect(box.textContent).toContain('Operations')
    expect(box.querySelector('.translation')!.textContent).toContain(en.definition)
    expect(box.querySelector('a')!.getAttribute('href')).toBe(`https://relais.example/glossary/${fr.id}?lang=en`)
    expect(box.querySelector('a')!.getAttribute('rel')).toBe('noopener noreferrer')
  })

  it('links only to http(s) servers', () => {
    expect(glossaryLink('javascript:alert(1)//', 'x', 'fr')).toBeNull()
    expect(glossaryLink('data:text/html,hi', 'x', 'fr')).toBeNull()
    expect(glossaryLink(null, 'x', 'fr')).toBeNull()
    expect(glossaryLink('http://127.0.0.1:8787', 'sla-fr', 'fr')).toBe('http://127.0.0.1:8787/glossary/sla-fr?lang=fr')
    expect(glossaryLink('https://r.example', '../../evil', 'en')).toBe('https://r.example/glossary/..%2F..%2Fevil?lang=en')
  })
})

describe('the tooltip host', () => {
  it('is one element on <html> with a closed shadow root (host.shadowRoot === null)', () => {
    const caught = catchShadowRoot()
    const tooltip = new Tooltip(document, 'en')
    expect(tooltip.element).toBeNull() // nothing is added before the first tooltip
    tooltip.show(termViews([hostile], 'en', null).get('ws-hostile')!, anchor, { x: 130, y: 110 })
    const host = tooltip.element!
    expect(host.parentNode).toBe(document.documentElement)
    expect(host.localName).toMatch(/^[a-z]{6}-[a-z]{6}$/)
    expect(host.shadowRoot).toBeNull()
    expect(host.childNodes).toHaveLength(0)
    expect(caught.root!.mode).toBe('closed')
    const tip = caught.root!.querySelector('[role="tooltip"]')!
    expect(tip.querySelector('img, script, svg, b')).toBeNull()
    expect(tip.querySelector('.term')!.textContent).toBe(HOSTILE)
    expect(tooltip.isOpen).toBe(true)
    tooltip.dispose()
    expect(host.isConnected).toBe(false)
  })

  it('never takes focus, and hides', () => {
    const button = document.body.appendChild(document.createElement('button'))
    button.focus()
    const tooltip = new Tooltip(document, 'fr')
    tooltip.show(termViews([hostile], 'fr', null).get('ws-hostile')!, anchor, null)
    expect(document.activeElement).toBe(button)
    tooltip.hide()
    expect(tooltip.isOpen).toBe(false)
    expect(tooltip.termId).toBeNull()
    tooltip.dispose()
  })

  it('puts its host back if the page removed it', () => {
    const tooltip = new Tooltip(document, 'fr')
    const view = termViews([hostile], 'fr', null).get('ws-hostile')!
    tooltip.show(view, anchor, null)
    tooltip.element!.remove()
    tooltip.show(view, anchor, null)
    expect(tooltip.element!.parentNode).toBe(document.documentElement)
    tooltip.dispose()
  })
})
