// @vitest-environment happy-dom
// The Highlight API and IntersectionObserver are stubbed (happy-dom has neither); the end-to-end
// test checks the real ones in Chromium.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { FOCUS_HIGHLIGHT_NAME, HIGHLIGHT_NAME } from '../../../extension/glossary/highlight-layer'
import { scanDocument } from '../../../extension/glossary/scan-document'
import type { MatchStore, PageMatch } from '../../../extension/glossary/match-store'
import { REGISTER_ALL_UP_TO, ViewportMarker } from '../../../extension/glossary/viewport'
import { eligibleTextNodes } from '../../../extension/glossary/walk'
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
  vi.stubGlobal(
    'IntersectionObserver',
    class {
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
    },
  )
})
afterEach(() => vi.unstubAllGlobals())

const painted = () =>
  [...registry.get(HIGHLIGHT_NAME)!].map((r) => (r.init.startContainer as Text).data.slice(r.init.startOffset, r.init.endOffset))

/** Every match of a scan, in text order. */
function matchesOf(store: MatchStore, body: HTMLElement): PageMatch[] {
  const out: PageMatch[] = []
  for (const node of eligibleTextNodes(body))
    for (const piece of store.get(node) ?? []) if (piece.match.pieces[0] === piece) out.push(piece.match)
  return out
}

/** A page with more marks than are registered everywhere: one paragraph per mark, ids p0…. */
function manyMarks(n: number) {
  const body = page(Array.from({ length: n }, (_, i) => `<p id="p${i}">ligne ${i} : le SLA</p>`).join(''))
  const { store } = scanDocument(body, smallMatcher())
  const marker = new ViewportMarker()
  const matches = matchesOf(store, body)
  for (const match of matches) marker.paint(match)
  return { body, marker, matches }
}

describe('mark registration', () => {
  it('registers every mark while there are few, wherever they are', () => {
    const body = page('<p id="top">le SLA et le KPI</p><p id="far">la due diligence</p><p>rien</p>')
    const { store } = scanDocument(body, smallMatcher())
    const marker = new ViewportMarker()
    for (const match of matchesOf(store, body)) marker.paint(match)
    expect([...observed].map((e) => e.id)).toEqual(['top', 'far'])
    expect(painted()).toEqual(['SLA', 'KPI', 'due diligence'])
    callback([{ target: body.querySelector('#top')!, isIntersecting: false }])
    expect(painted()).toEqual(['SLA', 'KPI', 'due diligence'])
    marker.dispose()
    expect(registry.has(HIGHLIGHT_NAME)).toBe(false)
    expect(registry.has(FOCUS_HIGHLIGHT_NAME)).toBe(false)
  })

  it('past that, registers only the blocks near the viewport', () => {
    const { body, marker } = manyMarks(REGISTER_ALL_UP_TO + 2)
    expect(observed.size).toBe(REGISTER_ALL_UP_TO + 2)
    expect(painted()).toHaveLength(0) // nothing until the observer reports
    callback([
      { target: body.querySelector('#p0')!, isIntersecting: true },
      { target: body.querySelector('#p1')!, isIntersecting: true },
    ])
    expect(marker.registeredCount).toBe(2)
    callback([{ target: body.querySelector('#p0')!, isIntersecting: false }])
    expect(marker.registeredCount).toBe(1)
  })

  it('lets go of an unpainted mark, and registers all again when few are left', () => {
    const { marker, matches } = manyMarks(REGISTER_ALL_UP_TO + 1)
    expect(marker.registeredCount).toBe(0)
    marker.unpaint(matches[0]!)
    expect(marker.registeredCount).toBe(REGISTER_ALL_UP_TO)
    expect(observed.size).toBe(REGISTER_ALL_UP_TO)
  })

  it('marks a term split by inline markup with one range across nodes', () => {
    const body = page('<p>la <b>due</b> diligence</p>')
    const { store } = scanDocument(body, smallMatcher())
    const marker = new ViewportMarker()
    const [match] = matchesOf(store, body)
    marker.paint(match!)
    const [range] = [...registry.get(HIGHLIGHT_NAME)!]
    expect((range!.init.startContainer as Text).data).toBe('due')
    expect((range!.init.endContainer as Text).data).toBe(' diligence')
    expect(range!.init.endOffset).toBe(10)
  })

  it('keeps one focus range for the keyboard, above the marks', () => {
    const body = page('<p>le SLA</p>')
    const { store } = scanDocument(body, smallMatcher())
    const marker = new ViewportMarker()
    const node = textNode(body, 'le SLA')
    marker.focus(store.get(node)![0]!)
    const focus = registry.get(FOCUS_HIGHLIGHT_NAME)!
    expect(focus.size).toBe(1)
    expect(focus.priority).toBeGreaterThan(registry.get(HIGHLIGHT_NAME)!.priority)
    marker.focus(null)
    expect(focus.size).toBe(0)
  })
})
