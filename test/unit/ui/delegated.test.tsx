// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeBrowser } from 'wxt/testing/fake-browser'
import type { RelaisDatabase } from '../../../extension/db/database'
import { App } from '../../../extension/ui/app/App'
import { byText, closeDatabase, freshDatabase, item, member, mount, setValue, tick, waitFor, workspace } from './helpers'

const HOUR = 3_600_000

describe('executive delegated view', () => {
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

  const members = [member('me', 'executive', 'Claire'), member('sam', 'assistant', 'Sam'), member('lea', 'assistant', 'Léa')]
  const titles = (root: HTMLElement) => [...root.querySelectorAll('[role="option"] .row-title')].map((e) => e.textContent)
  const control = (root: HTMLElement, label: string) => {
    const l = byText<HTMLLabelElement>(root, 'label', label)
    return root.querySelector<HTMLInputElement & HTMLSelectElement>(`#${CSS.escape(l.htmlFor)}`)!
  }

  async function seed() {
    const now = Date.now()
    await d.workspaces.put(workspace('ws1', 'executive', 'me', members))
    await d.items.bulkPut([
      item('late', 'ws1', 'me', { title: 'Renew insurance', dueAt: now - HOUR, assigneeId: 'sam', category: 'Insurance' }),
      item('soon', 'ws1', 'me', {
        title: 'VAT return',
        dueAt: now + 2 * HOUR,
        assigneeId: 'lea',
        category: 'Tax',
        createdAt: now - 20 * HOUR,
      }),
      item('later', 'ws1', 'me', { title: 'Book travel', dueAt: now + 100 * HOUR, createdAt: now }),
    ])
  }

  it('lists every item with assignee and SLA state, and filters in one pass', async () => {
    await seed()
    view = mount(<App layout="tab" />)
    await waitFor(() => expect(titles(view!.root)).toEqual(['Renew insurance', 'VAT return', 'Book travel']))
    const late = view.root.querySelector('#item-late')!
    expect(late.textContent).toContain('Sam')
    expect(late.textContent).toContain('Overdue')
    expect(view.root.querySelector('#item-soon')!.textContent).toContain('Due soon')
    expect(view.root.querySelector('#item-later')!.textContent).toContain('Unassigned')

    setValue(control(view.root, 'Search titles and notes'), 'vat')
    await waitFor(() => expect(titles(view!.root)).toEqual(['VAT return']))
    setValue(control(view.root, 'Search titles and notes'), '')
    await tick()
    const overdue = byText<HTMLLabelElement>(view.root, 'label', 'Overdue only').querySelector('input')!
    overdue.click()
    await waitFor(() => expect(titles(view!.root)).toEqual(['Renew insurance']))
    overdue.click()
    await tick()
    setValue(control(view.root, 'Assignee'), 'lea', 'change')
    await waitFor(() => expect(titles(view!.root)).toEqual(['VAT return']))
    setValue(control(view.root, 'Assignee'), 'none', 'change')
    await waitFor(() => expect(titles(view!.root)).toEqual(['Book travel']))
    setValue(control(view.root, 'Assignee'), 'any', 'change')
    await tick()
    setValue(control(view.root, 'Category'), 'Tax', 'change')
    await waitFor(() => expect(titles(view!.root)).toEqual(['VAT return']))
    setValue(control(view.root, 'Category'), '', 'change')
    await tick()
    setValue(control(view.root, 'Status'), 'done', 'change')
    await waitFor(() => expect(view!.root.textContent).toContain('No item matches these filters'))
  })

  it('edits, reassigns and cancels through the outbox, and shows comments in order', async () => {
    await seed()
    await d.comments.bulkPut([
      { id: 'c2', itemId: 'late', workspaceId: 'ws1', text: 'Called the broker', authorId: 'sam', createdAt: 2000, pending: 0 },
      { id: 'c1', itemId: 'late', workspaceId: 'ws1', text: 'On it', authorId: 'sam', createdAt: 1000, pending: 0 },
    ])
    view = mount(<App layout="tab" />)
    ;(await waitFor(() => byText(view!.root, '[role="option"]', 'Renew insurance'))).click()
    await waitFor(() => expect(view!.root.querySelectorAll('.comments li')).toHaveLength(2))
    expect([...view.root.querySelectorAll('.comment-text')].map((e) => e.textContent)).toEqual(['On it', 'Called the broker'])

    // Reassign from the detail.
    setValue(control(view.root, 'Reassign to'), 'lea', 'change')
    await waitFor(async () => expect((await d.items.get('late'))!.meta.assigneeId).toBe('lea'))
    await waitFor(() => expect(control(view!.root, 'Reassign to').value).toBe('lea'))

    // Edit the title.
    byText<HTMLButtonElement>(view.root, '.detail button', 'Edit').click()
    const title = await waitFor(() => control(view!.root, 'Title'))
    setValue(title, 'Renew car insurance')
    await tick()
    view.root.querySelector<HTMLFormElement>('.item-editor')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }))
    await waitFor(async () => expect((await d.items.get('late'))!.content!.title).toBe('Renew car insurance'))

    // Cancel.
    ;(await waitFor(() => byText<HTMLButtonElement>(view!.root, '.detail button', 'Cancel item'))).click()
    await waitFor(async () => expect((await d.items.get('late'))!.status).toBe('cancelled'))

    // Comment.
    const box = control(view.root, 'Add a comment')
    setValue(box, 'Thanks')
    await tick()
    // Enter sends (Shift+Enter would start a new line).
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }))
    await waitFor(() => expect(view!.root.querySelectorAll('.comments li')).toHaveLength(3))

    const names = (await d.outbox.orderBy('seq').toArray()).map((o) => o.mutation.name)
    expect(names).toEqual(['updateItem', 'updateItem', 'setStatus', 'addComment'])
    const edit = (await d.outbox.orderBy('seq').toArray())[1]!.mutation
    // Only what changed is sent.
    expect(edit).toMatchObject({ name: 'updateItem', args: { id: 'late', content: { title: 'Renew car insurance' } } })
    expect('meta' in edit.args).toBe(false)
  })

  it('opens the source in one click, and never links a javascript: URL', async () => {
    await d.workspaces.put(workspace('ws1', 'executive', 'me', members))
    const good = item('good', 'ws1', 'me', { title: 'Thread' })
    good.content!.source = {
      kind: 'gmail',
      url: 'https://mail.google.com/mail/u/0/#inbox/abc',
      gmail: {
        threadId: 't',
        messageId: 'm',
        account: 'a@x.test',
        subject: 'S',
        from: { name: 'Bob', email: 'b@x.test' },
        to: [],
        date: null,
        permalink: 'https://mail.google.com/mail/u/0/#all/abc',
        attachments: [],
      },
    }
    const bad = item('bad', 'ws1', 'me', { title: 'Evil' })
    bad.content!.source = { kind: 'page', url: 'javascript:alert(1)' }
    await d.items.bulkPut([good, bad])
    const create = vi.spyOn(fakeBrowser.tabs, 'create')
    view = mount(<App layout="tab" />)
    ;(await waitFor(() => byText(view!.root, '[role="option"]', 'Thread'))).click()
    const link = await waitFor(() => byText<HTMLAnchorElement>(view!.root, 'a', 'Open the Gmail thread'))
    expect(link.getAttribute('href')).toBe('https://mail.google.com/mail/u/0/#all/abc')
    link.click()
    await waitFor(() => expect(create).toHaveBeenCalledWith({ url: 'https://mail.google.com/mail/u/0/#all/abc' }))
    byText(view.root, '[role="option"]', 'Evil').click()
    await waitFor(() => expect(view!.root.querySelector('.detail h2')?.textContent).toContain('Evil'))
    expect(view.root.querySelector('.detail a')).toBeNull()
  })

  it('shows every tab to someone who is executive in one workspace and assistant in another', async () => {
    await d.workspaces.bulkPut([
      workspace('ws1', 'executive', 'me', members),
      workspace('ws2', 'assistant', 'me2', [member('boss', 'executive', 'Boss'), member('me2', 'assistant', 'Claire')]),
    ])
    view = mount(<App layout="panel" />)
    const tabs = await waitFor(() => {
      const found = [...view!.root.querySelectorAll('[role="tab"]')].map((t) => t.textContent)
      if (found.length !== 3) throw new Error('tabs not ready')
      return found
    })
    expect(tabs).toEqual(['Delegated', 'Queue', 'Dashboard'])
  })
})
