// @vitest-environment happy-dom
// Where the buttons go, and that they stay exactly one per place while Gmail re-renders.
import { afterEach, describe, expect, it } from 'vitest'
import { startGmailUi, type GmailUi } from '../../../extension/gmail-ui/controller'
import { byId, loadFixture, nth } from '../gmail/load-fixture'
import { fakeEnv } from './fake-env'
import { manualCtx, type ManualCtx } from './manual-ctx'

let running: ManualCtx | null = null

function start(fixture: string): { ui: GmailUi; m: ManualCtx } {
  loadFixture(fixture)
  const m = manualCtx()
  running = m
  const ui = startGmailUi(m.ctx, fakeEnv().env)
  m.runFrames()
  return { ui, m }
}

/** Our hosts in the document, found by the tag name this run picked. */
function hosts(ui: GmailUi): Element[] {
  const tag = ui.placements()[0]?.handle.host.localName
  return tag ? [...document.getElementsByTagName(tag)] : []
}

afterEach(() => {
  running?.invalidate()
  running = null
})

describe('placement on each layout', () => {
  // Expected counts read off the fixtures: one in the subject bar of the visible thread, one
  // per expanded message (collapsed ones, the older-messages stub and stale views get none).
  it.each([
    ['thread-single-en-attachments.html', 1],
    ['thread-many-fr.html', 2],
    ['thread-text-labels-en.html', 2],
    ['thread-fresh-reply-en.html', 2],
    ['thread-forward-fr.html', 1],
    ['conversation-view-off-en.html', 1],
    ['stale-views-en.html', 1],
    ['delegated-en.html', 1],
  ])('%s: subject bar + %i message button(s)', (fixture, messages) => {
    const { ui } = start(fixture)
    const placed = ui.placements()
    expect(placed.filter((p) => p.slot.kind === 'thread')).toHaveLength(1)
    expect(placed.filter((p) => p.slot.kind === 'message')).toHaveLength(messages)
    expect(hosts(ui)).toHaveLength(1 + messages)
    for (const { slot, handle } of placed) {
      expect(handle.host.parentElement).toBe(slot.container)
      if (slot.kind === 'message') {
        // Right before Reply (icon mode `.aaq`, text-label mode `.bsQ`).
        expect(handle.host.nextElementSibling?.matches('.aaq, .bsQ')).toBe(true)
        expect(slot.container.matches('td.gH.acX')).toBe(true)
      } else {
        expect(slot.container.matches('.bHJ')).toBe(true)
      }
    }
  })

  it('reading pane: one button next to the subject, none in the list rows', () => {
    const { ui } = start('reading-pane-en.html')
    const placed = ui.placements()
    expect(placed.map((p) => p.slot.kind)).toEqual(['thread'])
    expect(placed[0]?.handle.host.previousElementSibling?.matches('h2.hP')).toBe(true)
    expect(document.querySelector('tr.zA')?.contains(placed[0]!.handle.host)).toBe(false)
  })

  it('places nothing on a list without a thread', () => {
    const { ui } = start('real/inboxsdk__gmail-2014-12-18__inbox-list.html')
    expect(ui.placements()).toEqual([])
  })

  it('puts nothing in the stale hidden views', () => {
    const { ui } = start('stale-views-en.html')
    for (const { handle } of ui.placements()) {
      expect(handle.host.closest('[style*="display:none"], [style*="display: none"]')).toBeNull()
      expect(byId('visible-message').closest('[role=main]')?.contains(handle.host)).toBe(true)
    }
  })
})

describe('the host element', () => {
  it('has a random custom tag name and a closed shadow root', () => {
    const first = start('thread-single-en-attachments.html')
    const tag = first.ui.placements()[0]!.handle.host.localName
    expect(tag).toMatch(/^[a-z]{6}-[a-z]{6}$/)
    for (const { handle } of first.ui.placements()) {
      expect(handle.host.localName).toBe(tag)
      expect(handle.host.shadowRoot).toBeNull()
      expect(handle.host.childNodes).toHaveLength(0)
    }
    first.m.invalidate()
    const second = start('thread-single-en-attachments.html')
    expect(second.ui.placements()[0]!.handle.host.localName).not.toBe(tag)
  })

  it('is labelled in English on an English Gmail, with accessible names', () => {
    const { ui } = start('thread-single-en-attachments.html')
    const [thread, message] = ui.placements()
    expect(thread?.handle.button.textContent).toBe('Delegate')
    expect(thread?.handle.button.getAttribute('aria-label')).toBe('Delegate this conversation to Relais')
    expect(message?.handle.button.getAttribute('aria-label')).toBe('Delegate this message to Relais')
    expect(message?.handle.button.title).toBe('Delegate to Relais (Alt+Shift+C)')
    expect(message?.handle.button.type).toBe('button')
  })

  it('is labelled in French on a French Gmail', () => {
    const { ui } = start('thread-many-fr.html')
    const [thread, message] = ui.placements()
    expect(thread?.handle.button.textContent).toBe('Déléguer')
    expect(thread?.handle.button.getAttribute('aria-label')).toBe('Déléguer cette conversation à Relais')
    expect(message?.handle.button.getAttribute('aria-label')).toBe('Déléguer ce message à Relais')
  })

  it('falls back to English for another Gmail language', () => {
    const { ui } = start('delegated-en.html') // <html lang="de">
    expect(ui.placements()[0]?.handle.button.textContent).toBe('Delegate')
  })
})

describe('staying in sync with Gmail', () => {
  it('does not duplicate on re-scan', () => {
    const { ui } = start('thread-many-fr.html')
    const before = ui.placements().map((p) => p.handle.host)
    ui.scanNow()
    ui.scanNow()
    expect(ui.placements().map((p) => p.handle.host)).toEqual(before)
    expect(hosts(ui)).toHaveLength(3)
  })

  it('a scan with nothing to do changes nothing in the DOM (no feedback loop)', async () => {
    const { ui, m } = start('thread-single-en-attachments.html')
    await new Promise((resolve) => setTimeout(resolve, 0))
    m.runFrames() // the scan queued by our own insertions
    const records: MutationRecord[] = []
    const watch = new MutationObserver((r) => records.push(...r))
    watch.observe(document.documentElement, { childList: true, subtree: true, attributes: true })
    ui.scanNow()
    await new Promise((resolve) => setTimeout(resolve, 0))
    watch.disconnect()
    expect(records).toEqual([])
  })

  it('re-inserts when Gmail replaces the toolbar node', async () => {
    const { ui, m } = start('thread-single-en-attachments.html')
    const old = ui.placements().find((p) => p.slot.kind === 'message')!
    const cell = old.slot.container
    // Gmail's re-render: same markup, new nodes, and an empty copy of our host (shadow roots
    // are not cloned).
    const fresh = cell.cloneNode(true) as Element
    expect(fresh.getElementsByTagName(old.handle.host.localName)).toHaveLength(1)
    cell.replaceWith(fresh)
    await new Promise((resolve) => setTimeout(resolve, 0))
    m.runFrames()
    const now = ui.placements().find((p) => p.slot.kind === 'message')!
    expect(now.slot.container).toBe(fresh)
    expect(now.handle.host.parentElement).toBe(fresh)
    expect(now.handle.host).not.toBe(old.handle.host)
    expect(old.handle.host.isConnected).toBe(false)
    expect(fresh.getElementsByTagName(old.handle.host.localName)).toHaveLength(1)
    expect(hosts(ui)).toHaveLength(2)
  })

  it('re-inserts when Gmail drops our host but keeps its toolbar', async () => {
    const { ui, m } = start('thread-single-en-attachments.html')
    const bar = nth('.bHJ', 0)
    bar.replaceChildren(...[...bar.children].filter((el) => !el.localName.includes('-')))
    await new Promise((resolve) => setTimeout(resolve, 0))
    m.runFrames()
    expect([...bar.children].filter((el) => el.localName.includes('-'))).toHaveLength(1)
    expect(hosts(ui)).toHaveLength(2)
  })

  it('adds a button when a collapsed message is expanded (new nodes)', async () => {
    const { ui, m } = start('thread-many-fr.html')
    expect(ui.placements()).toHaveLength(3)
    const collapsed = nth('div.adf.ads', 0)
    const expanded = nth('div.adn.ads', 0).cloneNode(true) as Element
    collapsed.replaceWith(expanded)
    await new Promise((resolve) => setTimeout(resolve, 0))
    m.runFrames()
    expect(ui.placements().filter((p) => p.slot.kind === 'message')).toHaveLength(3)
    expect(hosts(ui)).toHaveLength(4)
  })

  it('removes the buttons when the view is hidden (navigation back to the inbox)', async () => {
    const { ui, m } = start('thread-single-en-attachments.html')
    const kept = ui.placements().map((p) => p.handle.host)
    nth('[role=main]', 0).setAttribute('style', 'display:none')
    await new Promise((resolve) => setTimeout(resolve, 0))
    m.runFrames()
    expect(ui.placements()).toEqual([])
    expect(kept.every((host) => !host.isConnected)).toBe(true)
  })

  it('removes the buttons when the view is taken out of the page', async () => {
    const { ui, m } = start('thread-single-en-attachments.html')
    nth('[role=main]', 0).remove()
    await new Promise((resolve) => setTimeout(resolve, 0))
    m.runFrames()
    expect(ui.placements()).toEqual([])
    expect(hosts(ui)).toEqual([])
  })

  it('removes the button of a message that gets collapsed', async () => {
    const { ui, m } = start('thread-many-fr.html')
    nth('div.adn.ads div.ii.gt', 0).setAttribute('style', 'display:none')
    await new Promise((resolve) => setTimeout(resolve, 0))
    m.runFrames()
    expect(ui.placements().filter((p) => p.slot.kind === 'message')).toHaveLength(1)
    expect(hosts(ui)).toHaveLength(2)
  })
})
