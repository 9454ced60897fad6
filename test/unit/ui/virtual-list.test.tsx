// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { fakeBrowser } from 'wxt/testing/fake-browser'
import type { RelaisDatabase } from '../../../extension/db/database'
import type { ItemRow } from '../../../extension/db/types'
import { App } from '../../../extension/ui/app/App'
import { VirtualList } from '../../../extension/ui/components/VirtualList'
import { scrollToReveal, visibleRange } from '../../../extension/ui/components/virtual-window'
import { closeDatabase, freshDatabase, item, member, mount, tick, waitFor, workspace } from './helpers'

describe('virtual list', () => {
  let view: ReturnType<typeof mount> | null = null
  let d: RelaisDatabase | null = null
  afterEach(async () => {
    view?.unmount()
    view = null
    if (d) await closeDatabase(d)
    d = null
  })

  it('computes the window of rows in view, with overscan, clamped to the list', () => {
    expect(visibleRange(50_000, 50, 0, 500, 5)).toEqual({ start: 0, end: 16 })
    expect(visibleRange(50_000, 50, 10_000, 500, 5)).toEqual({ start: 195, end: 216 })
    expect(visibleRange(50_000, 50, 50_000 * 50, 500, 5)).toEqual({ start: 49_995, end: 50_000 })
    expect(visibleRange(3, 50, 0, 500, 5)).toEqual({ start: 0, end: 3 })
    expect(scrollToReveal(0, 50, 100, 500)).toBe(0)
    expect(scrollToReveal(20, 50, 0, 500)).toBe(550)
    expect(scrollToReveal(5, 50, 0, 500)).toBeNull()
  })

  it('renders a few dozen rows out of 50,000 and follows the scroll', async () => {
    view = mount(
      <VirtualList
        count={50_000}
        rowHeight={56}
        label="Items"
        activeIndex={-1}
        renderRow={(i, style) => (
          // biome-ignore lint/a11y/useFocusableInteractive: as in the app, focus stays on the listbox (aria-activedescendant).
          <div key={i} role="option" aria-selected={false} style={style}>
            row {i}
          </div>
        )}
      />,
    )
    const list = view.root.querySelector<HTMLElement>('[role="listbox"]')!
    expect(view.root.querySelectorAll('[role="option"]').length).toBeLessThanOrEqual(50)
    expect((list.firstElementChild as HTMLElement).style.height).toBe(`${50_000 * 56}px`)
    list.scrollTop = 56 * 30_000
    list.dispatchEvent(new Event('scroll'))
    await tick()
    const shown = [...view.root.querySelectorAll('[role="option"]')].map((e) => e.textContent)
    expect(shown.length).toBeLessThanOrEqual(50)
    expect(shown).toContain('row 30000')
  })

  it('keeps the delegated view to a window of rows with 50,000 items in IndexedDB', async () => {
    fakeBrowser.reset()
    d = freshDatabase()
    await d.workspaces.put(workspace('ws1', 'executive', 'me', [member('me', 'executive', 'Claire'), member('sam', 'assistant', 'Sam')]))
    const rows: ItemRow[] = []
    const base = Date.now()
    for (let i = 0; i < 50_000; i++)
      rows.push(
        item(`i${String(i).padStart(5, '0')}`, 'ws1', 'me', {
          title: `Item ${i}`,
          dueAt: base + (50_000 - i) * 60_000,
          assigneeId: i % 2 ? 'sam' : null,
        }),
      )
    await d.items.bulkAdd(rows)
    view = mount(<App layout="tab" />)
    // The head of the queue paints first, then the whole set.
    await waitFor(() => expect(view!.root.textContent).toContain('50000 item(s)'), 30_000)
    const first = view.root.querySelector('[role="option"]')!
    expect(first.getAttribute('aria-setsize')).toBe('50000')
    // sortKey order: the soonest due first.
    expect(first.textContent).toContain('Item 49999')
    expect(view.root.querySelectorAll('[role="option"]').length).toBeLessThanOrEqual(50)
  }, 60_000)
})
