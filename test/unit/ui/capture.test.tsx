// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeBrowser } from 'wxt/testing/fake-browser'
import type { RelaisDatabase } from '../../../extension/db/database'
import { CapturePage } from '../../../extension/entrypoints/popup/CapturePage'
import { byText, closeDatabase, freshDatabase, member, mount, setValue, tick, waitFor, workspace } from './helpers'

describe('popup quick capture', () => {
  let d: RelaisDatabase
  let view: ReturnType<typeof mount> | null = null
  beforeEach(() => {
    fakeBrowser.reset()
    d = freshDatabase()
  })
  afterEach(async () => {
    view?.unmount()
    view = null
    vi.restoreAllMocks()
    await closeDatabase(d)
  })

  it('saves a draft as an item and an outbox entry, deletes the draft and closes', async () => {
    await d.workspaces.put(
      workspace('ws1', 'executive', 'exec1', [member('exec1', 'executive', 'Claire'), member('asst1', 'assistant', 'Sam')]),
    )
    await d.drafts.put({
      id: 'draft1',
      createdAt: Date.now(),
      content: {
        title: 'Invoice from ACME',
        note: '',
        source: { kind: 'selection', url: 'https://acme.test/inv', title: 'ACME', excerpt: 'Pay by Friday' },
      },
    })
    const close = vi.fn()
    view = mount(<CapturePage search="?draft=draft1" close={close} />)

    const title = await waitFor(() => {
      const el = view!.root.querySelector<HTMLInputElement>('input[name="title"]')
      if (!el) throw new Error('form not ready')
      return el
    })
    expect(title.value).toBe('Invoice from ACME')
    expect(view.root.textContent).toContain('Pay by Friday')
    // A single assistant is preselected.
    const assignee = byText<HTMLLabelElement>(view.root, 'label', 'Assignee')
    expect((view.root.querySelector(`#${CSS.escape(assignee.htmlFor)}`) as HTMLSelectElement).value).toBe('asst1')

    setValue(title, 'Pay the ACME invoice')
    await tick()
    byText<HTMLButtonElement>(view.root, 'button', 'Tomorrow').click()
    await tick()
    view.root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }))

    await waitFor(() => expect(close).toHaveBeenCalledOnce())
    const items = await d.items.toArray()
    expect(items).toHaveLength(1)
    expect(items[0]!.content?.title).toBe('Pay the ACME invoice')
    expect(items[0]!.content?.source.excerpt).toBe('Pay by Friday')
    expect(items[0]!.meta.assigneeId).toBe('asst1')
    expect(items[0]!.meta.dueAt).toBeGreaterThan(Date.now())
    const outbox = await d.outbox.toArray()
    expect(outbox).toHaveLength(1)
    expect(outbox[0]!.mutation.name).toBe('createItem')
    expect(await d.drafts.get('draft1')).toBeUndefined()
  })

  it('calls window.close by default, and Escape closes too', async () => {
    await d.workspaces.put(workspace('ws1', 'executive', 'exec1', [member('exec1', 'executive', 'Claire')]))
    const close = vi.spyOn(window, 'close').mockImplementation(() => {})
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => [
      { id: 7, url: 'https://example.test/page', title: 'A page' },
    ]) as never)
    const exec = vi.fn().mockResolvedValue([{ result: 'selected words' }])
    Object.assign(fakeBrowser.scripting, { executeScript: exec })
    view = mount(<CapturePage search="" />)
    const title = await waitFor(() => {
      const el = view!.root.querySelector<HTMLInputElement>('input[name="title"]')
      if (!el) throw new Error('form not ready')
      return el
    })
    expect(title.value).toBe('A page')
    expect(exec).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId: 7 } }))
    expect(view.root.textContent).toContain('selected words')

    view.root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }))
    await waitFor(() => expect(close).toHaveBeenCalledOnce())
    const [saved] = await d.items.toArray()
    expect(saved!.content?.source).toMatchObject({ kind: 'selection', url: 'https://example.test/page', excerpt: 'selected words' })

    close.mockClear()
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }))
    expect(close).toHaveBeenCalledOnce()
  })

  it('keeps title and URL when the page cannot be scripted', async () => {
    await d.workspaces.put(workspace('ws1', 'executive', 'exec1', [member('exec1', 'executive', 'Claire')]))
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => [
      { id: 3, url: 'https://chromewebstore.google.com/x', title: 'Store' },
    ]) as never)
    Object.assign(fakeBrowser.scripting, { executeScript: vi.fn().mockRejectedValue(new Error('Cannot access contents of the page')) })
    view = mount(<CapturePage search="" close={() => {}} />)
    const title = await waitFor(
      () =>
        view!.root.querySelector<HTMLInputElement>('input[name="title"]') ??
        (() => {
          throw new Error('not ready')
        })(),
    )
    expect(title.value).toBe('Store')
    // The address, shortened on screen and whole for a screen reader and on hover.
    const address = view.root.querySelector('.source-address')!
    expect(address.querySelector('.source-url')?.textContent).toBe('chromewebstore.google.com/x')
    expect(address.querySelector('.source-url')?.getAttribute('title')).toBe('https://chromewebstore.google.com/x')
    expect(address.querySelector('.sr-only')?.textContent).toBe('https://chromewebstore.google.com/x')
  })

  it('shows the Gmail account under the title, and says when the page gives nothing to link', async () => {
    await d.workspaces.put(workspace('ws1', 'executive', 'exec1', [member('exec1', 'executive', 'Claire')]))
    const gmail = {
      threadId: 't1',
      messageId: 'm1',
      account: 'claire@acme.test',
      subject: 'Facture',
      from: { name: 'ACME', email: 'billing@acme.test' },
      to: [],
      date: null,
      permalink: 'https://mail.google.com/mail/u/0/#all/t1',
      attachments: [],
    }
    await d.drafts.put({ id: 'g1', createdAt: Date.now(), content: { title: 'Facture', note: '', source: { kind: 'gmail', gmail } } })
    view = mount(<CapturePage search="?draft=g1" close={() => {}} />)
    await waitFor(() => expect(view!.root.querySelector('.source-account')?.textContent).toBe('Gmail account: claire@acme.test'))
    expect(view.root.querySelector('.source-address')).toBeNull()
    view.unmount()

    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => [
      { id: 3, url: 'chrome://extensions/', title: 'Extensions' },
    ]) as never)
    view = mount(<CapturePage search="" close={() => {}} />)
    await waitFor(() => expect(view!.root.querySelector('.source-none')?.textContent).toContain('the item will carry no link'))
  })

  it('saves with Ctrl+Enter from the note, where Enter makes a new line', async () => {
    await d.workspaces.put(workspace('ws1', 'executive', 'exec1', [member('exec1', 'executive', 'Claire')]))
    const close = vi.fn()
    view = mount(<CapturePage search="" close={close} />)
    const title = await waitFor(
      () =>
        view!.root.querySelector<HTMLInputElement>('input[name="title"]') ??
        (() => {
          throw new Error('not ready')
        })(),
    )
    setValue(title, 'Call the notary')
    await tick()
    const note = view.root.querySelector('textarea')!
    note.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }))
    await tick()
    expect(close).not.toHaveBeenCalled()
    note.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }))
    await waitFor(() => expect(close).toHaveBeenCalledOnce())
    expect((await d.items.toArray())[0]?.content?.title).toBe('Call the notary')
  })

  it('refuses an empty title without writing anything', async () => {
    await d.workspaces.put(workspace('ws1', 'executive', 'exec1', [member('exec1', 'executive', 'Claire')]))
    const close = vi.fn()
    view = mount(<CapturePage search="" close={close} />)
    const title = await waitFor(
      () =>
        view!.root.querySelector<HTMLInputElement>('input[name="title"]') ??
        (() => {
          throw new Error('not ready')
        })(),
    )
    setValue(title, '   ')
    await tick()
    view.root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }))
    await waitFor(() => expect(view!.root.querySelector('[role="alert"]')?.textContent).toContain('A title is required'))
    expect(close).not.toHaveBeenCalled()
    expect(await d.outbox.count()).toBe(0)
  })

  it('points an unpaired browser to the options page', async () => {
    view = mount(<CapturePage search="" close={() => {}} />)
    await waitFor(() => expect(view!.root.textContent).toContain('not paired'))
    expect(byText(view.root, 'button', 'Create or join a workspace')).toBeTruthy()
  })
})
