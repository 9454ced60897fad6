// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { GlossaryPage } from '../../../extension/glossary/glossary-page'
import { MutationQueue } from '../../../extension/glossary/mutations'
import { RecordingMarker, recording } from './fakes'
import { page, smallMatcher, textNode, tick } from './helpers'

let glossary: GlossaryPage | null = null
afterEach(() => {
  glossary?.stop()
  glossary = null
})

async function started(markup: string) {
  page(markup)
  const matcher = recording(smallMatcher())
  let marker: RecordingMarker | null = null
  glossary = new GlossaryPage({
    doc: document,
    matcher,
    views: new Map(),
    readerLang: 'en',
    marker: () => (marker = new RecordingMarker()),
  })
  await glossary.start()
  return { glossary, matcher, marker: marker! }
}

const spans = (node: Text) => glossary!.store.get(node)?.map(({ start, end, termId }) => ({ start, end, termId }))

describe('incremental rescans', () => {
  it('rescans only the blocks that changed, and forgets removed nodes', async () => {
    const { glossary, matcher, marker } = await started(
      '<p id="a">le KPI</p><p id="b">un SLA</p><p id="c">la due diligence</p><div contenteditable="true"></div>',
    )
    expect(matcher.chunks.sort()).toEqual(['la due diligence', 'le KPI', 'un SLA'])
    matcher.chunks.length = 0

    const added = document.createElement('div')
    added.append(
      Object.assign(document.createElement('p'), { textContent: 'nouveau SLA' }),
      Object.assign(document.createElement('p'), { textContent: 'rien ici' }),
    )
    document.body.append(added)
    const edited = textNode(document.body, 'le KPI')
    edited.data = 'le back-office'
    document.querySelector('#c')!.remove()
    document
      .querySelector('[contenteditable]')!
      .append(Object.assign(document.createElement('p'), { textContent: 'SLA en cours de frappe' }))

    const timings = await glossary.flush()
    expect(matcher.chunks.sort()).toEqual(['le back-office', 'nouveau SLA', 'rien ici'])
    expect(timings).toMatchObject({ nodes: 3 })
    expect(spans(edited)).toEqual([{ start: 3, end: 14, termId: 'back-office' }])
    expect(spans(textNode(document.body, 'nouveau SLA'))).toEqual([{ start: 8, end: 11, termId: 'sla' }])
    expect(glossary.store.size).toBe(3)
    // Painted: back-office (first), SLA (the first, in #b; the new one comes later). Removed: due diligence.
    expect(marker.paintedTerms()).toEqual(['back-office', 'sla'])
  })

  it('flushes on its own shortly after a burst of changes, once', async () => {
    const { glossary, matcher } = await started('<div id="list"></div>')
    matcher.chunks.length = 0
    const list = document.querySelector('#list')!
    for (let i = 0; i < 200; i++) list.append(Object.assign(document.createElement('p'), { textContent: `message ${i} : KPI` }))
    expect(matcher.chunks).toEqual([]) // the observer only queued
    await tick(150)
    expect(matcher.chunks).toHaveLength(200)
    expect(glossary.store.size).toBe(200)
  })

  it('drops a node edited so it no longer holds a term, and paints the next occurrence', async () => {
    const { glossary, marker } = await started('<p>le SLA</p><p>encore le SLA</p>')
    const node = textNode(document.body, 'le SLA')
    expect(spans(node)).toHaveLength(1)
    expect(marker.painted().map((m) => m.pieces[0]!.node)).toEqual([node])
    node.data = 'plus rien'
    await glossary.flush()
    expect(spans(node)).toBeUndefined()
    expect(glossary.store.size).toBe(1)
    expect(marker.painted().map((m) => m.pieces[0]!.node)).toEqual([textNode(document.body, 'encore le SLA')])
  })

  it('moves the mark to text added before the first occurrence', async () => {
    const { glossary, marker } = await started('<p id="one">le SLA</p>')
    const early = Object.assign(document.createElement('p'), { textContent: 'un SLA plus tôt' })
    document.body.prepend(early)
    await glossary.flush()
    expect(marker.painted().map((m) => m.pieces[0]!.node.data)).toEqual(['un SLA plus tôt'])
  })
})

describe('the mutation queue', () => {
  it('only queues in its callback, and reduces to the outermost connected roots', async () => {
    page('<div id="root"></div>')
    let calls = 0
    const queue = new MutationQueue(() => calls++)
    queue.observe(document.body)
    const root = document.querySelector('#root')!
    const outer = document.createElement('section')
    root.append(outer)
    const inner = document.createElement('p')
    outer.append(inner)
    inner.append('texte')
    const gone = document.createElement('p')
    root.append(gone)
    gone.remove()
    await tick()
    expect(calls).toBeGreaterThan(0)
    const pending = queue.take()
    expect(pending.roots).toEqual([outer])
    expect(pending.removed).toBe(true)
    expect(queue.take()).toEqual({ roots: [], removed: false })
    queue.disconnect()
  })
})
