// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://mail.google.com/mail/u/0/#inbox/FMfcgzQcpKmXnVgjxCqmlckGCzvLvdNt" }
// What a click does: nothing unless a real user clicked visible, uncovered UI; otherwise a
// capture-draft with the clip, or a clear notice with a fallback.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeBrowser } from 'wxt/testing/fake-browser'
import { startGmailUi, type GmailUi } from '../../../extension/gmail-ui/controller'
import type { Placement } from '../../../extension/gmail-ui/scanner'
import { shadowRootOf } from '../../../extension/gmail-ui/shadow-host'
import { loadFixture, nth } from '../gmail/load-fixture'
import { fakeLayout, scriptedClick, settle, trustedClick } from './dom-helpers'
import { fakeEnv, type FakeEnv } from './fake-env'
import { manualCtx, type ManualCtx } from './manual-ctx'

let m: ManualCtx
let fake: FakeEnv
let send: ReturnType<typeof vi.fn>

function start(fixture: string, prepare?: () => void): GmailUi {
  loadFixture(fixture)
  prepare?.()
  m = manualCtx()
  fake = fakeEnv()
  const ui = startGmailUi(m.ctx, fake.env)
  m.runFrames()
  return ui
}

const messageButton = (ui: GmailUi, n = 0): Placement => ui.placements().filter((p) => p.slot.kind === 'message')[n]!
const threadButton = (ui: GmailUi): Placement => ui.placements().find((p) => p.slot.kind === 'thread')!

/** What was handed to the background, one entry per capture-draft message. */
const sent = () => send.mock.calls.map((call) => call[0]).filter((message) => message.type !== 'capture-health')
/** The capture-health reports handed to the background (device-local log). */
const reports = () => send.mock.calls.map((call) => call[0]).filter((message) => message.type === 'capture-health')

function notice(p: Placement): { text: string; actions: HTMLButtonElement[] } | null {
  const panel = shadowRootOf(p.handle.host)?.querySelector('.relais-notice')
  if (!panel) return null
  return { text: panel.querySelector('p')?.textContent ?? '', actions: [...panel.querySelectorAll('button')] }
}

function select(el: Element): void {
  const range = document.createRange()
  range.selectNodeContents(el)
  document.getSelection()?.removeAllRanges()
  document.getSelection()?.addRange(range)
}

beforeEach(() => {
  fakeBrowser.reset()
  send = vi.fn(async () => ({ ok: true, draftId: 'draft-1' }))
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(send as never)
  fakeLayout()
})

afterEach(() => {
  m.invalidate()
  vi.restoreAllMocks()
  document.getSelection()?.removeAllRanges()
})

describe('clicks a page script can make', () => {
  it('an untrusted click on the button does nothing', async () => {
    const ui = start('thread-single-en-attachments.html')
    fake.advance(600)
    scriptedClick(messageButton(ui).handle.button)
    scriptedClick(threadButton(ui).handle.button)
    await settle()
    expect(send).not.toHaveBeenCalled()
  })

  it('a click on the host (all a page can reach) does nothing', async () => {
    const ui = start('thread-single-en-attachments.html')
    fake.advance(600)
    const host = messageButton(ui).handle.host as HTMLElement
    host.click()
    trustedClick(host) // even trusted: the host is not the button
    await settle()
    expect(host.shadowRoot).toBeNull()
    expect(send).not.toHaveBeenCalled()
  })
})

describe('a trusted click', () => {
  it('sends the message as a capture-draft with every field', async () => {
    const ui = start('thread-single-en-attachments.html')
    fake.advance(600)
    trustedClick(messageButton(ui).handle.button)
    await settle()
    const permalink = 'https://mail.google.com/mail/u/alice@example.com/#all/198c6747aabb71a9'
    expect(sent()).toEqual([
      {
        type: 'capture-draft',
        content: {
          title: 'Quarterly invoice 📎',
          note: '',
          source: {
            kind: 'gmail',
            url: permalink,
            title: 'Quarterly invoice 📎',
            excerpt: 'Hi Alice,\n\nPlease find the Q3 invoice attached. Payment is due on September 30.\n\n--\nBob',
            gmail: {
              threadId: '198c6747aabb71a9',
              messageId: '198c6747aabb71a9',
              account: 'alice@example.com',
              subject: 'Quarterly invoice 📎',
              from: { name: 'Bob Vendor', email: 'bob@vendor.example' },
              to: [{ name: 'me', email: 'alice@example.com' }],
              date: new Date(2025, 7, 20, 7, 49).getTime(),
              permalink,
              attachments: [
                { name: 'invoice-Q3.pdf', size: '84 KB' },
                { name: 'line items.csv', size: '2 KB' },
              ],
            },
          },
        },
      },
    ])
    expect(notice(messageButton(ui))).toBeNull()
  })

  it('clips the message whose button was pressed; the subject-bar button clips the last one', async () => {
    const ui = start('thread-many-fr.html')
    fake.advance(600)
    trustedClick(messageButton(ui, 0).handle.button)
    await settle()
    trustedClick(threadButton(ui).handle.button)
    await settle()
    expect(sent().map((s) => s.content.source.gmail.messageId)).toEqual(['19cb4892af90c3f7', '19cb92b4d627e6b2'])
    expect(sent().map((s) => s.content.source.gmail.from.name)).toEqual(['Marie-Hélène Leclerc', 'Jean Dupont'])
  })

  it('sends the selection as the excerpt when the user selected text in the message', async () => {
    const ui = start('thread-single-en-attachments.html')
    fake.advance(600)
    select(nth('div.a3s p', 1))
    trustedClick(messageButton(ui).handle.button)
    await settle()
    expect(sent()[0].content.source.excerpt).toBe('Please find the Q3 invoice attached. Payment is due on September 30.')
  })

  it('ignores a second press while the first capture is on its way', async () => {
    const ui = start('thread-single-en-attachments.html')
    fake.advance(600)
    let answer: (value: unknown) => void = () => {}
    send.mockImplementationOnce(
      () =>
        new Promise((resolve) => {
          answer = resolve
        }),
    )
    const { button } = messageButton(ui).handle
    trustedClick(button)
    trustedClick(button)
    for (let i = 0; i < 5; i++) await Promise.resolve()
    expect(button.getAttribute('aria-busy')).toBe('true')
    answer({ ok: true, draftId: 'd' })
    await settle()
    expect(send).toHaveBeenCalledTimes(1)
    expect(button.getAttribute('aria-busy')).toBe('false')
  })
})

describe('clickjacking guards', () => {
  it('ignores clicks in the first 500 ms after the button appeared', async () => {
    const ui = start('thread-single-en-attachments.html')
    fake.advance(499)
    trustedClick(messageButton(ui).handle.button)
    await settle()
    expect(send).not.toHaveBeenCalled()
    fake.advance(1)
    trustedClick(messageButton(ui).handle.button)
    await settle()
    expect(send).toHaveBeenCalledTimes(1)
  })

  it('ignores clicks while the button is off screen, and restarts the clock when it comes back', async () => {
    const ui = start('thread-single-en-attachments.html')
    const { host, button } = messageButton(ui).handle
    fake.advance(600)
    fake.setVisible(host, false)
    trustedClick(button)
    fake.setVisible(host, true)
    trustedClick(button)
    await settle()
    expect(send).not.toHaveBeenCalled()
    fake.advance(500)
    trustedClick(button)
    await settle()
    expect(send).toHaveBeenCalledTimes(1)
  })

  it.each([
    ['the host', 'opacity: 0.001', (p: Placement) => p.handle.host],
    ['an ancestor', 'opacity: 0.5', (p: Placement) => p.slot.container],
    ['<body>', 'opacity: 0.69', () => document.body],
    ['<html>', 'filter: opacity(10%)', () => document.documentElement],
  ])('ignores clicks when %s is faded (%s)', async (_, style, pick) => {
    const ui = start('thread-single-en-attachments.html')
    fake.advance(600)
    const p = messageButton(ui)
    pick(p).setAttribute('style', style)
    trustedClick(p.handle.button)
    await settle()
    expect(send).not.toHaveBeenCalled()
  })

  it('accepts a click through ancestors at exactly 0.7 opacity', async () => {
    const ui = start('thread-single-en-attachments.html')
    fake.advance(600)
    const p = messageButton(ui)
    p.slot.container.setAttribute('style', 'opacity: 0.7')
    trustedClick(p.handle.button)
    await settle()
    expect(send).toHaveBeenCalledTimes(1)
  })

  it('ignores clicks when something else is on top of the button (overlay, popover)', async () => {
    const overlay = document.createElement('div')
    fakeLayout(() => overlay)
    const ui = start('thread-single-en-attachments.html')
    fake.advance(600)
    trustedClick(messageButton(ui).handle.button)
    await settle()
    expect(send).not.toHaveBeenCalled()
  })
})

describe('a page we do not recognize', () => {
  // The sender is gone: the buttons are placed, but the extractor refuses to guess.
  const breakSender = () => {
    for (const el of document.querySelectorAll('.gE [email]')) el.remove()
  }

  it('shows a clear message with a page fallback instead of failing silently', async () => {
    const ui = start('thread-single-en-attachments.html', breakSender)
    fake.advance(600)
    const p = messageButton(ui)
    trustedClick(p.handle.button)
    await settle()
    expect(sent()).toEqual([])
    // The miss is noted on the device: which field, the page's layout signals, no content.
    expect(reports()).toEqual([
      { type: 'capture-health', report: { fields: ['page'], signals: expect.arrayContaining(['lang:en', 'sender:none']) } },
    ])
    const shown = notice(p)
    expect(shown?.text).toBe('Relais could not read this email: the Gmail page was not recognized. Nothing was sent.')
    expect(shown?.actions.map((b) => b.textContent)).toEqual(['Clip the page title and link instead', 'Dismiss'])
    expect(shadowRootOf(p.handle.host)?.querySelector('[role=alert]')).not.toBeNull()
  })

  it('the page fallback sends the page title and link, after a trusted click only', async () => {
    const ui = start('thread-single-en-attachments.html', breakSender)
    fake.advance(600)
    const p = messageButton(ui)
    trustedClick(p.handle.button)
    await settle()
    const [clipPage] = notice(p)!.actions
    trustedClick(clipPage!) // too soon after the notice appeared
    scriptedClick(clipPage!)
    await settle()
    expect(sent()).toEqual([])
    fake.advance(500)
    trustedClick(clipPage!)
    await settle()
    expect(sent()).toEqual([
      {
        type: 'capture-draft',
        content: {
          title: 'Quarterly invoice - alice@example.com - Example Mail',
          note: '',
          source: { kind: 'page', url: location.href, title: 'Quarterly invoice - alice@example.com - Example Mail' },
        },
      },
    ])
    expect(notice(p)).toBeNull()
  })

  it('offers the selection first when there is one, and sends it', async () => {
    const ui = start('thread-single-en-attachments.html', breakSender)
    fake.advance(600)
    select(nth('div.a3s p', 0))
    const p = messageButton(ui)
    trustedClick(p.handle.button)
    await settle()
    const actions = notice(p)!.actions
    expect(actions.map((b) => b.textContent)).toEqual(['Clip the selected text instead', 'Clip the page title and link instead', 'Dismiss'])
    fake.advance(500)
    document.getSelection()?.removeAllRanges() // clicking elsewhere may clear it; the snapshot keeps it
    trustedClick(actions[0]!)
    await settle()
    expect(sent()[0].content).toEqual({
      title: 'Hi Alice,',
      note: '',
      source: {
        kind: 'selection',
        url: location.href,
        title: 'Quarterly invoice - alice@example.com - Example Mail',
        excerpt: 'Hi Alice,',
      },
    })
  })

  it('speaks French on a French Gmail', async () => {
    const ui = start('thread-many-fr.html', breakSender)
    fake.advance(600)
    const p = threadButton(ui)
    trustedClick(p.handle.button)
    await settle()
    expect(notice(p)?.text).toBe('Relais n’a pas pu lire cet e-mail : la page Gmail n’a pas été reconnue. Rien n’a été envoyé.')
  })

  it('Dismiss closes the notice', async () => {
    const ui = start('thread-single-en-attachments.html', breakSender)
    fake.advance(600)
    const p = messageButton(ui)
    trustedClick(p.handle.button)
    await settle()
    fake.advance(500)
    trustedClick(notice(p)!.actions.at(-1)!)
    expect(notice(p)).toBeNull()
    expect(sent()).toEqual([])
  })
})

describe('when the background does not take the draft', () => {
  it.each([
    ['refuses', () => send.mockResolvedValueOnce({ ok: false, error: 'malformed message' })],
    ['is gone (extension updated)', () => send.mockRejectedValueOnce(new Error('Extension context invalidated.'))],
  ])('says so when it %s', async (_, arrange) => {
    const ui = start('thread-single-en-attachments.html')
    fake.advance(600)
    arrange()
    const p = messageButton(ui)
    trustedClick(p.handle.button)
    await settle()
    expect(notice(p)?.text).toBe('Relais could not take this email. Reload the Gmail tab and try again.')
    expect(notice(p)?.actions.map((b) => b.textContent)).toEqual(['Dismiss'])
  })
})
