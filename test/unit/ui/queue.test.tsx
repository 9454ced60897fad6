// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeBrowser } from 'wxt/testing/fake-browser'
import type { RelaisDatabase } from '../../../extension/db/database'
import { App } from '../../../extension/ui/app/App'
import { byText, closeDatabase, freshDatabase, item, member, mount, tick, waitFor, workspace } from './helpers'

const HOUR = 3_600_000

describe('assistant queue', () => {
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

  const members = [member('zoe', 'executive', 'Zoé'), member('bernard', 'executive', 'Bernard'), member('me', 'assistant', 'Sam')]

  async function seed() {
    const now = Date.now()
    await d.workspaces.put(workspace('ws1', 'assistant', 'me', members))
    await d.items.bulkPut([
      item('z-later', 'ws1', 'zoe', { title: 'Zoé later', dueAt: now + 48 * HOUR }),
      item('z-urgent', 'ws1', 'zoe', { title: 'Zoé urgent', dueAt: now + 2 * HOUR, priority: 'urgent' }),
      item('z-same-due-low', 'ws1', 'zoe', { title: 'Zoé low', dueAt: now + 2 * HOUR, priority: 'low' }),
      item('z-undated', 'ws1', 'zoe', { title: 'Zoé undated' }),
      item('b-one', 'ws1', 'bernard', { title: 'Bernard one', dueAt: now + 5 * HOUR }),
      item('b-done', 'ws1', 'bernard', { title: 'Bernard done', status: 'done' }),
      item('b-other', 'ws1', 'bernard', { title: 'Someone else’s', assigneeId: 'other' }),
    ])
  }

  const optionTitles = (root: HTMLElement) => [...root.querySelectorAll('[role="option"] .row-title')].map((e) => e.textContent)
  const headers = (root: HTMLElement) => [...root.querySelectorAll('.group-header span:first-child')].map((e) => e.textContent)

  it('shows open items grouped by executive, each group in sortKey order', async () => {
    await seed()
    view = mount(<App layout="tab" />)
    await waitFor(() => expect(optionTitles(view!.root)).toHaveLength(5))
    expect(headers(view.root)).toEqual(['Bernard', 'Zoé'])
    expect(optionTitles(view.root)).toEqual(['Bernard one', 'Zoé urgent', 'Zoé low', 'Zoé later', 'Zoé undated'])
    // Only the queue tab: this device is an assistant only.
    expect(view.root.querySelector('[role="tablist"]')).toBeNull()
    const listbox = view.root.querySelector('[role="listbox"]')!
    expect(listbox.getAttribute('aria-label')).toBeTruthy()
    const first = view.root.querySelector('[role="option"]')!
    expect(first.getAttribute('aria-setsize')).toBe('5')
    expect(first.getAttribute('aria-posinset')).toBe('1')
  })

  it('puts an item into the queue live when it arrives', async () => {
    await seed()
    view = mount(<App layout="tab" />)
    await waitFor(() => expect(optionTitles(view!.root)).toHaveLength(5))
    await d.items.put(item('z-new', 'ws1', 'zoe', { title: 'Zoé first', dueAt: Date.now() + HOUR }))
    await waitFor(() =>
      expect(optionTitles(view!.root)).toEqual(['Bernard one', 'Zoé first', 'Zoé urgent', 'Zoé low', 'Zoé later', 'Zoé undated']),
    )
  })

  it('a status button writes the item and a setStatus outbox entry', async () => {
    await seed()
    await d.items.update('z-urgent', { unseen: 1 })
    view = mount(<App layout="tab" />)
    const row = await waitFor(() => byText(view!.root, '[role="option"]', 'Zoé urgent'))
    row.click()
    const ack = await waitFor(() => byText<HTMLButtonElement>(view!.root, '.detail button', 'Acknowledge'))
    // Only legal moves for a new item are offered, with their shortcut shown.
    const moves = [...view.root.querySelectorAll('.detail .actions button')].map((b) => b.getAttribute('aria-keyshortcuts'))
    expect(moves).toEqual(['A', 'S', 'W', 'D'])
    ack.click()
    await waitFor(async () => expect(await d.outbox.count()).toBe(1))
    const [entry] = await d.outbox.toArray()
    expect(entry!.mutation).toEqual({ name: 'setStatus', args: { id: 'z-urgent', status: 'acknowledged' } })
    const stored = await d.items.get('z-urgent')
    expect(stored!.status).toBe('acknowledged')
    // Unassigned work is claimed by whoever moves it; opening marked it seen.
    expect(stored!.meta.assigneeId).toBe('me')
    expect(stored!.unseen).toBe(0)
    await waitFor(() => expect(view!.root.querySelector('.detail .actions')?.textContent).not.toContain('Acknowledge'))
  })

  it('moves with the keyboard and acts with a/s/w/d', async () => {
    await seed()
    view = mount(<App layout="tab" />)
    await waitFor(() => expect(optionTitles(view!.root)).toHaveLength(5))
    const listbox = view.root.querySelector<HTMLElement>('[role="listbox"]')!
    const key = (k: string) => listbox.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }))
    key('ArrowDown')
    await tick()
    key('ArrowDown')
    await tick()
    expect(listbox.getAttribute('aria-activedescendant')).toBe('item-z-urgent')
    expect(view.root.querySelector('#item-z-urgent')!.getAttribute('aria-selected')).toBe('true')
    key('s')
    await waitFor(async () => expect((await d.items.get('z-urgent'))!.status).toBe('in_progress'))
    const [entry] = await d.outbox.toArray()
    expect(entry!.mutation).toMatchObject({ name: 'setStatus', args: { status: 'in_progress' } })
    key('Enter')
    await waitFor(() => expect(view!.root.querySelector('.detail h2')?.textContent).toContain('Zoé urgent'))
    // "o" opens the source; this one has no http(s) source, so nothing opens.
    const create = vi.spyOn(fakeBrowser.tabs, 'create')
    key('o')
    await tick()
    expect(create).not.toHaveBeenCalled()
  })

  it('says when content cannot be read and marks confidential items', async () => {
    await d.workspaces.put(workspace('ws1', 'assistant', 'me', members))
    await d.items.bulkPut([
      { ...item('sealed', 'ws1', 'zoe'), content: null },
      item('secret', 'ws1', 'zoe', { title: 'Board pack', confidential: true, assigneeId: 'me' }),
    ])
    view = mount(<App layout="tab" />)
    await waitFor(() => expect(optionTitles(view!.root)).toContain('Cannot be read on this device'))
    expect(view.root.querySelector('#item-secret [role="img"][aria-label="Confidential"]')).toBeTruthy()
    expect(view.root.querySelector('#item-sealed [aria-label="Confidential"]')).toBeNull()
  })

  it('groups by executive and workspace when the assistant serves several', async () => {
    await d.workspaces.bulkPut([
      workspace('ws1', 'assistant', 'me', members, 'Acme'),
      workspace('ws2', 'assistant', 'me2', [member('ann', 'executive', 'Ann'), member('me2', 'assistant', 'Sam')], 'Beta'),
    ])
    await d.items.bulkPut([item('a', 'ws1', 'zoe', { title: 'from Zoé' }), item('b', 'ws2', 'ann', { title: 'from Ann' })])
    view = mount(<App layout="tab" />)
    await waitFor(() => expect(headers(view!.root)).toEqual(['Ann · Beta', 'Zoé · Acme']))
  })
})
