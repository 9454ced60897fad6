// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeBrowser } from 'wxt/testing/fake-browser'
import type { BackgroundReply, MessageType } from '../../../shared/schema/messages'
import { formatPairingCode } from '../../../extension/crypto/pairing-code'
import type { RelaisDatabase } from '../../../extension/db/database'
import { OptionsPage } from '../../../extension/entrypoints/options/OptionsPage'
import { byText, closeDatabase, freshDatabase, member, mount, setValue, tick, waitFor, workspace } from './helpers'

describe('options page', () => {
  let d: RelaisDatabase
  let view: ReturnType<typeof mount> | null = null
  let sent: unknown[]
  let answer: (message: { type: string }) => Promise<BackgroundReply<MessageType>>

  beforeEach(() => {
    fakeBrowser.reset()
    d = freshDatabase()
    sent = []
    answer = async () => ({ ok: true })
    fakeBrowser.runtime.onMessage.addListener((message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
      sent.push(message)
      void answer(message as { type: string }).then(sendResponse)
      return true
    })
  })
  afterEach(async () => {
    view?.unmount()
    view = null
    vi.restoreAllMocks()
    vi.unstubAllGlobals()
    await closeDatabase(d)
  })

  const control = (root: ParentNode, label: string) => {
    const l = byText<HTMLLabelElement>(root, 'label', label)
    return document.getElementById(l.htmlFor) as HTMLInputElement & HTMLTextAreaElement & HTMLSelectElement
  }
  const formOf = (heading: string) => byText(view!.root, 'h2', heading).closest('form')!

  it('creates a workspace on the configured server, showing progress', async () => {
    Object.assign(fakeBrowser.permissions, { request: vi.fn(async () => true) })
    let release: (r: BackgroundReply<MessageType>) => void = () => {}
    answer = () => new Promise((r) => (release = r))
    view = mount(<OptionsPage />)
    const form = await waitFor(() => formOf('Create a workspace'))
    setValue(control(form, 'Server URL'), 'https://relais.example.test')
    setValue(control(form, 'Workspace name'), 'Direction')
    setValue(control(form, 'Your name'), 'Claire')
    await tick()
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }))
    const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!
    await waitFor(() => expect(button.textContent).toContain('Creating…'))
    expect(button.disabled).toBe(true)
    expect(sent).toEqual([{ type: 'create-workspace', serverUrl: 'https://relais.example.test', name: 'Direction', displayName: 'Claire' }])
    release({ ok: true, workspaceId: 'w1' })
    await waitFor(() => expect(form.textContent).toContain('Workspace “Direction” created.'))
    expect((await d.settings.get('serverUrl'))?.value).toBe('https://relais.example.test')
  })

  it('waits visibly while the browser asks for the server, and says so when the prompt is refused or closed', async () => {
    let decide: (granted: boolean) => void = () => {}
    const request = vi.fn(() => new Promise<boolean>((r) => (decide = r)))
    Object.assign(fakeBrowser.permissions, { request })
    view = mount(<OptionsPage />)
    const form = await waitFor(() => formOf('Create a workspace'))
    setValue(control(form, 'Server URL'), 'http://127.0.0.1:8787')
    setValue(control(form, 'Workspace name'), 'Direction')
    setValue(control(form, 'Your name'), 'Claire')
    await tick()
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }))
    // Within the submit, before any await (Firefox only prompts inside the user's gesture), and
    // without the port: Firefox does not count the granted http://127.0.0.1/* as covering :8787.
    expect(request).toHaveBeenCalledWith({ origins: ['http://127.0.0.1/*'] })
    const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!
    await waitFor(() => expect(button.textContent).toContain('Waiting for your browser’s permission…'))
    expect(button.disabled).toBe(true)
    expect(form.getAttribute('aria-busy')).toBe('true')
    decide(false)
    await waitFor(() => expect(form.querySelector('[role="alert"]')?.textContent).toContain('the browser’s prompt was refused or closed'))
    expect(button.disabled).toBe(false)
    expect(form.getAttribute('aria-busy')).toBe('false')
    expect(sent).toEqual([])

    request.mockImplementation(async () => {
      throw new Error('Invalid host')
    })
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }))
    await waitFor(() =>
      expect(form.querySelector('[role="alert"]')?.textContent).toContain(
        'would not ask for permission to reach that server (Invalid host)',
      ),
    )
    expect(sent).toEqual([])
  })

  it('checks the pairing code before sending it, and shows the background’s error', async () => {
    Object.assign(fakeBrowser.permissions, { request: vi.fn(async () => true) })
    view = mount(<OptionsPage />)
    const form = await waitFor(() => formOf('Join with a pairing code'))
    setValue(control(form, 'Pairing code'), 'hello')
    setValue(control(form, 'Your name'), 'Sam')
    await tick()
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }))
    await waitFor(() => expect(form.querySelector('[role="alert"]')?.textContent).toContain('not a Relais pairing code'))
    expect(sent).toEqual([])

    const code = formatPairingCode({
      server: 'http://127.0.0.1:8787',
      invite: 'ws.abcdefghijklmnopqrstuv',
      keyId: 'k1',
      key: 'A'.repeat(43),
    })
    answer = async () => ({ ok: false, error: 'This pairing code is unknown, used or expired' })
    setValue(control(form, 'Pairing code'), code)
    await tick()
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }))
    await waitFor(() => expect(form.querySelector('[role="alert"]')?.textContent).toContain('unknown, used or expired'))
    expect(sent).toEqual([{ type: 'join-workspace', pairingCode: code, displayName: 'Sam' }])
  })

  it('lists members with revoke for others, makes an invite and copies its code', async () => {
    await d.workspaces.put(
      workspace(
        'ws1',
        'executive',
        'me',
        [member('me', 'executive', 'Claire'), member('sam', 'assistant', 'Sam'), member('old', 'assistant', 'Old', true)],
        'Direction',
      ),
    )
    answer = async (m) =>
      m.type === 'create-invite' ? { ok: true, pairingCode: 'RELAIS1-code', expiresAt: Date.now() + 86_400_000 } : { ok: true }
    const writeText = vi.fn().mockResolvedValue(undefined)
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    view = mount(<OptionsPage />)
    const card = await waitFor(() => byText(view!.root, 'article', 'Direction'))
    const revokes = [...card.querySelectorAll('button')].filter((b) => b.textContent === 'Revoke').map((b) => b.getAttribute('aria-label'))
    expect(revokes).toEqual(['Revoke Sam'])

    byText<HTMLButtonElement>(card, 'button', 'Invite an assistant').click()
    const code = await waitFor(() => control(card, 'Pairing code (hand it over privately)'))
    expect(code.value).toBe('RELAIS1-code')
    expect(code.readOnly).toBe(true)
    expect(card.textContent).toContain('Valid until')
    expect(sent).toEqual([{ type: 'create-invite', workspaceId: 'ws1', role: 'assistant' }])
    byText<HTMLButtonElement>(card, 'button', 'Copy').click()
    await waitFor(() => expect(writeText).toHaveBeenCalledWith('RELAIS1-code'))
    await waitFor(() => expect(card.textContent).toContain('Copied'))

    vi.stubGlobal('confirm', vi.fn().mockReturnValue(true))
    byText<HTMLButtonElement>(card, 'button', 'Revoke').click()
    await waitFor(() => expect(sent).toContainEqual({ type: 'revoke-member', workspaceId: 'ws1', memberId: 'sam' }))
  })

  it('leaves a workspace only after confirming', async () => {
    await d.workspaces.put(
      workspace('ws1', 'assistant', 'me', [member('boss', 'executive', 'Boss'), member('me', 'assistant', 'Sam')], 'Direction'),
    )
    const confirm = vi.fn().mockReturnValue(false)
    vi.stubGlobal('confirm', confirm)
    view = mount(<OptionsPage />)
    const card = await waitFor(() => byText(view!.root, 'article', 'Direction'))
    // An assistant neither revokes nor invites.
    expect(card.textContent).not.toContain('Revoke')
    expect(card.textContent).not.toContain('Invite')
    byText<HTMLButtonElement>(card, 'button', 'Leave workspace').click()
    await tick()
    expect(sent).toEqual([])
    confirm.mockReturnValue(true)
    byText<HTMLButtonElement>(card, 'button', 'Leave workspace').click()
    await waitFor(() => expect(sent).toEqual([{ type: 'leave-workspace', workspaceId: 'ws1' }]))
  })

  it('turns notifications off and on', async () => {
    view = mount(<OptionsPage />)
    const box = await waitFor(() => byText<HTMLLabelElement>(view!.root, 'label', 'Notify me').querySelector('input')!)
    expect(box.checked).toBe(true)
    box.click()
    await waitFor(async () => expect((await d.settings.get('notifications'))?.value).toBe(false))
    await waitFor(() => expect(box.checked).toBe(false))
  })
})
