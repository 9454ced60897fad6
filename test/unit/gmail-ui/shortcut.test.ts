// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://mail.google.com/mail/u/0/#inbox/FMfcgzQcpKmXnVgjxCqmlckGCzvLvdNt" }
// Alt+Shift+C: trusted key presses only, never while typing; a toast speaks when there is no
// thread to clip.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeBrowser } from 'wxt/testing/fake-browser'
import { startGmailUi } from '../../../extension/gmail-ui/controller'
import { shadowRootOf } from '../../../extension/gmail-ui/shadow-host'
import { isCaptureShortcut, isTypingTarget } from '../../../extension/gmail-ui/shortcut'
import { loadFixture, nth } from '../gmail/load-fixture'
import { fakeLayout, settle, trustedClick, trustedKey } from './dom-helpers'
import { fakeEnv, type FakeEnv } from './fake-env'
import { manualCtx, type ManualCtx } from './manual-ctx'

const SHORTCUT = { key: 'C', code: 'KeyC', altKey: true, shiftKey: true }

describe('isCaptureShortcut', () => {
  it.each([
    [SHORTCUT, true],
    [{ ...SHORTCUT, key: 'Ç' }, true], // macOS Option+Shift+C types Ç: the physical key counts
    [{ ...SHORTCUT, ctrlKey: true }, false],
    [{ ...SHORTCUT, metaKey: true }, false],
    [{ ...SHORTCUT, shiftKey: false }, false],
    [{ ...SHORTCUT, altKey: false }, false],
    [{ ...SHORTCUT, code: 'KeyV' }, false],
    [{ ...SHORTCUT, repeat: true }, false],
  ])('%o → %s', (init, expected) => {
    expect(isCaptureShortcut(new KeyboardEvent('keydown', init))).toBe(expected)
  })
})

describe('isTypingTarget', () => {
  it.each([
    ['<input>', () => document.createElement('input'), true],
    ['<textarea>', () => document.createElement('textarea'), true],
    [
      'inside contenteditable (compose)',
      () => {
        const editor = document.createElement('div')
        editor.setAttribute('contenteditable', 'true')
        const line = document.createElement('span')
        editor.append(line)
        return line
      },
      true,
    ],
    ['a plain div', () => document.createElement('div'), false],
    [
      'contenteditable="false"',
      () => {
        const el = document.createElement('div')
        el.setAttribute('contenteditable', 'false')
        return el
      },
      false,
    ],
  ])('%s → %s', (_, make, expected) => {
    const el = make()
    document.body.append(el.parentElement ?? el)
    let seen: boolean | null = null
    el.addEventListener('keydown', (event) => {
      seen = isTypingTarget(event)
    })
    el.dispatchEvent(new KeyboardEvent('keydown', { ...SHORTCUT, bubbles: true, composed: true }))
    expect(seen).toBe(expected)
  })
})

describe('the shortcut in Gmail', () => {
  let m: ManualCtx
  let fake: FakeEnv
  let send: ReturnType<typeof vi.fn>

  function start(fixture: string): void {
    loadFixture(fixture)
    m = manualCtx()
    fake = fakeEnv()
    startGmailUi(m.ctx, fake.env)
    m.runFrames()
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
  })

  it('clips the last expanded message on a trusted Alt+Shift+C', async () => {
    start('thread-many-fr.html')
    const event = trustedKey(document.body, SHORTCUT)
    await settle()
    expect(event.defaultPrevented).toBe(true)
    expect(send.mock.calls.map((c) => c[0].content.source.gmail.messageId)).toEqual(['19cb92b4d627e6b2'])
  })

  it('clips the message that has the focus', async () => {
    start('thread-many-fr.html')
    const reply = nth('div.aaq', 0) as HTMLElement
    reply.focus()
    trustedKey(reply, SHORTCUT)
    await settle()
    expect(send.mock.calls.map((c) => c[0].content.source.gmail.messageId)).toEqual(['19cb4892af90c3f7'])
  })

  it('ignores a key event made by a page script', async () => {
    start('thread-many-fr.html')
    document.body.dispatchEvent(new KeyboardEvent('keydown', { ...SHORTCUT, bubbles: true }))
    await settle()
    expect(send).not.toHaveBeenCalled()
  })

  it('ignores the keys while the user types (search box)', async () => {
    start('thread-many-fr.html')
    const search = document.createElement('input')
    document.body.append(search)
    const event = trustedKey(search, SHORTCUT)
    await settle()
    expect(event.defaultPrevented).toBe(false)
    expect(send).not.toHaveBeenCalled()
  })

  it('on a page without a thread, shows a toast with the page fallback', async () => {
    start('real/inboxsdk__gmail-2014-12-18__inbox-list.html')
    trustedKey(document.body, SHORTCUT)
    await settle()
    expect(send.mock.calls.map((c) => c[0].type)).toEqual(['capture-health'])
    const toast = [...document.body.children].find((el) => shadowRootOf(el))
    expect(toast).toBeDefined()
    expect(toast!.shadowRoot).toBeNull()
    const root = shadowRootOf(toast!)!
    expect(root.querySelector('[role=alert] p')?.textContent).toMatch(/could not read this email/)
    const [clipPage, dismiss] = [...root.querySelectorAll('button')]
    expect(clipPage?.textContent).toBe('Clip the page title and link instead')
    fake.advance(600)
    trustedClick(clipPage!)
    await settle()
    expect(send.mock.calls.map((c) => c[0]).find((m) => m.type === 'capture-draft')?.content.source.kind).toBe('page')
    expect(toast!.isConnected).toBe(false) // done: the toast goes away
    expect(dismiss).toBeDefined()
  })

  it('stops listening once the context is invalidated', async () => {
    start('thread-many-fr.html')
    m.invalidate()
    trustedKey(document.body, SHORTCUT)
    await settle()
    expect(send).not.toHaveBeenCalled()
    m = manualCtx() // afterEach invalidates again
  })
})
