// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeBrowser } from 'wxt/testing/fake-browser'
import type { RelaisDatabase } from '../../../extension/db/database'
import { ItemDetail } from '../../../extension/ui/item/ItemDetail'
import { byText, closeDatabase, freshDatabase, item, member, mount, waitFor, workspace } from './helpers'

describe('item history in the detail', () => {
  let d: RelaisDatabase
  beforeEach(() => {
    fakeBrowser.reset()
    d = freshDatabase()
  })
  afterEach(async () => {
    vi.restoreAllMocks()
    await closeDatabase(d)
  })

  it('lists who did what and when, oldest first, from this workspace only', async () => {
    const ws = workspace('ws1', 'executive', 'me', [member('me', 'executive', 'Claire'), member('sam', 'assistant', 'Sam')])
    await d.workspaces.put(ws)
    const t0 = Date.UTC(2026, 2, 2, 9)
    await d.items.put({
      ...item('a', 'ws1', 'me', { title: 'Clôture trimestrielle', createdAt: t0 }),
      meta: {
        priority: 'high',
        dueAt: null,
        assigneeId: 'sam',
        category: null,
        confidential: false,
        recurrence: { freq: 'quarterly', interval: 1, dayOfMonth: null },
      },
    })
    await d.events.bulkPut([
      { workspaceId: 'ws1', id: 3, itemId: 'a', actorId: 'sam', at: t0 + 3_000, kind: 'commented' },
      { workspaceId: 'ws1', id: 1, itemId: 'a', actorId: 'me', at: t0, kind: 'created', status: 'new' },
      { workspaceId: 'ws1', id: 2, itemId: 'a', actorId: 'sam', at: t0 + 2_000, kind: 'status', status: 'in_progress' },
      { workspaceId: 'ws1', id: 4, itemId: 'a', actorId: 'me', at: t0 + 4_000, kind: 'edited', changes: ['dueAt', 'assigneeId'] },
      { workspaceId: 'ws1', id: 5, itemId: 'a', actorId: 'gone', at: t0 + 5_000, kind: 'recurred', status: 'new', changes: ['x'] },
      { workspaceId: 'other', id: 9, itemId: 'a', actorId: 'me', at: t0 + 1_000, kind: 'deleted' },
    ])
    const view = mount(<ItemDetail itemId="a" workspaces={new Map([['ws1', ws]])} view="delegated" now={t0 + 10_000} onClose={() => {}} />)
    const section = await waitFor(() => byText(view.root, 'h3', 'History').closest('section')!)
    const lines = await waitFor(() => {
      const found = [...section.querySelectorAll('li')].map((li) => li.textContent!.split(' · ').slice(1).join(' · '))
      if (found.length !== 5) throw new Error('history not ready')
      return found
    })
    expect(lines).toEqual([
      'Claire (you) · created the item',
      'Sam · set the status to In progress',
      'Sam · commented',
      'Claire (you) · changed Due, Assignee',
      'Unknown member · created as the next occurrence',
    ])
    expect(section.querySelector('time')?.getAttribute('datetime')).toBe(new Date(t0).toISOString())
    // The repeat rule is among the item's facts.
    expect(view.root.querySelector('.facts')?.textContent).toContain('Quarterly')
    // An executive can take the item's full record.
    expect(byText(view.root, 'button', 'Export this item (JSON)')).toBeTruthy()
    view.unmount()
  })
})
