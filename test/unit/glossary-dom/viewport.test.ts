// @vitest-environment happy-dom
// The Highlight API and IntersectionObserver are stubbed (happy-dom has neither); the end-to-end
// test checks the real ones in Chromium.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { FOCUS_HIGHLIGHT_NAME, HIGHLIGHT_NAME } from '../../../extension/glossary/highlight-layer'
import { scanDocument } from '../../../extension/glossary/scan-document'
import { ViewportMarker } from '../../../extension/glossary/viewport'
import { page, smallMatcher, textNode } from './helpers'

class FakeStaticRange {
  constructor(readonly init: { startContainer: Node; startOffset: number; endContainer: Node; endOffset: number }) {}
}
class FakeHighlight extends Set<FakeStaticRange> {
  priority = 0
}
let observed: Set<Element>
let callback: (entries: { target: Element; isIntersecting: boolean }[]) => void
const registry = new Map<string, FakeHighlight>()

beforeEach(() => {
  observed = new Set()
  registry.clear()
  vi.stubGlobal('Highlight', FakeHighlight)
  vi.stubGlobal('StaticRange', FakeStaticRange)
  vi.stubGlobal('CSS', { highlights: registry })
  vi.stubGlobal('IntersectionObserver', class {
    constructor(cb: typeof callback) {
      callback = cb
    }
    observe(el: Element) {
      observed.add(el)
    }
    unobserve(el: Element) {
      observed.delete(el)
    }
    disconnect() {
      observed.clear()
    }
  })
})
afterEach(() => vi.unstubAllGlobals())

const painted = () => [...registry.get(HIGHLIGHT_NAME)!].map((r) => (r.init.startContainer as Text).data.slice(r.init.startOffset, r.init.endOffset))

describe('near-viewport registration', () => {
  it('observes one block per paragraph and registers ranges only for blocks near the viewport', () => {
    const body = page('<p id="top">le SLA et le KPI</p><p id="far">la due diligence</p><p>rien</p>')
    const { store } = scanDocument(body, smallMatcher())
    const marker = new ViewportMarker(store)
    for (const node of store.nodes()) marker.update(node)
    expect([...observed].map((e) => e.id)).toEqual(['top', 'far'])
    expect(painted()).toEqual([]) // nothing until the observer reports

    callback([{ target: body.querySelector('#top')!, isIntersecting: true }, { target: body.querySelector('#far')!, isIntersecting: false }])
    expect(painted()).toEqual(['SLA', 'KPI'])
    expect(marker.registeredCount).toBe(2)

    callback([{ target: body.querySelector('#top')!, isIntersecting: false }, { target: body.querySelector('#far')!, isIntersecting: true }])
    expect(painted()).toEqual(['due diligence'])

    marker.dispose()
    expect(registry.has(HIGHLIGHT_NAME)).toBe(false)
    expect(registry.has(FOCUS_HIGHLIGHT_NAME)).toBe(false)
  })

  it('repaints an edited node and lets go of a removed one', () => {
    const body = page('<p id="a">le SLA</p>')
    const { store } = scanDocument(body, smallMatcher())
    const marker = new ViewportMarker(store)
    const node = textNode(body, 'le SLA')
    marker.update(node)
    callback([{ target: body.querySelector('#a')!, isIntersecting: true }])
    node.data = 'le KPI et le SLA'
    store.set(node, smallMatcher().find(node.data))
    marker.update(node)
    expect(painted()).toEqual(['KPI', 'SLA'])

    body.querySelector('#a')!.remove()
    store.sweep()
    marker.update(node)
    expect(painted()).toEqual([])
    expect(observed.size).toBe(0)
  })

  it('keeps one focus range for the keyboard, above the marks', () => {
    const body = page('<p>le SLA</p>')
    const { store } = scanDocument(body, smallMatcher())
    const marker = new ViewportMarker(store)
    const node = textNode(body, 'le SLA')
    marker.focus(node, store.get(node)![0]!)
    const focus = registry.get(FOCUS_HIGHLIGHT_NAME)!
    expect(focus.size).toBe(1)
    expect(focus.priority).toBeGreaterThan(registry.get(HIGHLIGHT_NAME)!.priority)
    marker.focus(null, null)
    expect(focus.size).toBe(0)
  })
})
