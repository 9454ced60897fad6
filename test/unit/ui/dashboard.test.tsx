// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeBrowser } from 'wxt/testing/fake-browser'
import { DEFAULT_SLA_POLICY, type SlaPolicy } from '../../../shared/schema/sla'
import type { Status } from '../../../shared/schema/item'
import type { RelaisDatabase } from '../../../extension/db/database'
import type { ItemRow } from '../../../extension/db/types'
import { App } from '../../../extension/ui/app/App'
import { figureNow } from '../../../extension/ui/dashboard/dashboard-data'
import { byText, closeDatabase, freshDatabase, item, member, mount, tick, waitFor, workspace } from './helpers'

const HOUR = 3_600_000
const DAY = 24 * HOUR

/** A lenient urgent target: the seeded urgent item is late under the default policy, not under this one. */
const POLICY: SlaPolicy = {
  ...DEFAULT_SLA_POLICY,
  targets: { ...DEFAULT_SLA_POLICY.targets, urgent: { acknowledgeMinutes: 48 * 60, completeMinutes: 72 * 60 } },
}

function moved(row: ItemRow, status: Status, times: Partial<Record<Status, number>>): ItemRow {
  return { ...row, status, statusTimes: { new: row.createdAt, ...times }, updatedAt: Math.max(row.createdAt, ...Object.values(times)) }
}

describe('executive dashboard', () => {
  let d: RelaisDatabase
  let view: ReturnType<typeof mount> | null = null
  let now: number

  beforeEach(async () => {
    fakeBrowser.reset()
    d = freshDatabase()
    now = Date.now()
    const members = [member('me', 'executive', 'Claire'), member('sam', 'assistant', 'Sam'), member('lea', 'assistant', 'Léa')]
    await d.workspaces.put(workspace('ws1', 'executive', 'me', members, 'Direction'))
    await d.settings.put({ key: 'sla:ws1', value: POLICY })
    const a = item('a', 'ws1', 'me', { title: 'Relancer le client', assigneeId: 'sam', createdAt: now - 3 * HOUR, category: 'Ventes' })
    const b = item('b', 'ws1', 'me', { title: 'Commander le Kbis', assigneeId: 'sam', createdAt: now - 5 * HOUR, category: 'Juridique' })
    const c = item('c', 'ws1', 'me', { title: 'Payer URSSAF', assigneeId: 'lea', createdAt: now - 10 * HOUR, category: 'Paie' })
    const dd = item('d', 'ws1', 'me', {
      title: 'Signer le bail',
      assigneeId: 'lea',
      priority: 'urgent',
      createdAt: now - 30 * HOUR,
      category: 'Juridique',
    })
    const e = item('e', 'ws1', 'me', { title: 'Annulé', createdAt: now - 6 * HOUR })
    const f = item('f', 'ws1', 'me', { title: 'Renouveler l’assurance', createdAt: now - 4 * DAY, category: 'Assurances' })
    await d.items.bulkPut([
      a,
      moved(b, 'acknowledged', { acknowledged: now - 4 * HOUR }),
      moved(c, 'done', { acknowledged: now - 8 * HOUR, done: now - 2 * HOUR }),
      dd,
      moved(e, 'cancelled', { cancelled: now - 5 * HOUR }),
      moved(f, 'waiting', { waiting: f.createdAt + HOUR }),
    ])
    await d.comments.put({ id: 'c1', itemId: 'a', workspaceId: 'ws1', text: 'Appelé', authorId: 'sam', createdAt: now - HOUR, pending: 0 })
  })
  afterEach(async () => {
    view?.unmount()
    view = null
    vi.restoreAllMocks()
    await closeDatabase(d)
  })

  const figure = (id: string) => view!.root.querySelector(`[data-figure="${id}"] .figure-value`)?.textContent

  async function openDashboard() {
    view = mount(<App layout="tab" />)
    const tab = await waitFor(() => byText<HTMLButtonElement>(view!.root, '[role="tab"]', 'Dashboard'))
    tab.click()
    await waitFor(() => expect(figure('open')).toBe('4'))
  }

  it('shows the figures computed offline under the workspace’s own policy', async () => {
    await openDashboard()
    expect(figure('overdue')).toBe('1')
    expect(figure('acknowledged')).toBe('3')
    expect(figure('done')).toBe('1')
    expect(figure('ack-time')).toBe('1 hr')
    expect(figure('done-time')).toBe('8 hr')
    expect(figure('within-sla')).toBe('50%')
    expect(view!.root.querySelector('[data-figure="within-sla"]')?.textContent).toContain('1 of 2 judged items')

    const rows = (caption: string) => {
      const table = [...view!.root.querySelectorAll('table.breakdown')].find((tb) =>
        tb.querySelector('caption')?.textContent?.startsWith(caption),
      )!
      return [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].slice(0, 4).map((c) => c.textContent))
    }
    expect(rows('Per assistant')).toEqual([
      ['Sam', '2', '0', '0'],
      ['Léa', '1', '0', '1'],
      ['Unassigned', '1', '1', '0'],
    ])
    expect(rows('Per category').map((r) => r[0])).toEqual(['Juridique', 'Assurances', 'Ventes', 'Paie', 'No category'])
  })

  it('draws the daily series with a text alternative, for 7 or 30 days', async () => {
    await openDashboard()
    const svg = view!.root.querySelector('svg.chart-svg')!
    expect(svg.getAttribute('role')).toBe('img')
    const summary = document.getElementById(svg.getAttribute('aria-describedby')!)!
    expect(summary.textContent).toBe('Over 7 days: 6 created, 1 done, 1 out of SLA.')
    expect(document.getElementById(svg.getAttribute('aria-labelledby')!)?.textContent).toBe('Created, done and out of SLA, per day')
    const table = view!.root.querySelector('figure.chart table')!
    expect(table.querySelectorAll('tbody tr')).toHaveLength(7)
    expect(svg.querySelectorAll('rect.bar-created')).toHaveLength(7)

    byText<HTMLButtonElement>(view!.root, 'button', '30 days').click()
    await waitFor(() => expect(view!.root.querySelectorAll('figure.chart tbody tr')).toHaveLength(30))
    expect(byText<HTMLButtonElement>(view!.root, 'button', '30 days').getAttribute('aria-pressed')).toBe('true')
    expect(view!.root.textContent).toContain('Last 30 days')
  })

  it('explains each weak signal in a sentence and opens the items behind it', async () => {
    await openDashboard()
    const signals = [...view!.root.querySelectorAll('.signal')]
    expect(signals.map((s) => s.querySelector('.signal-title')?.textContent)).toEqual(['Backlog growing', 'Waiting without a comment'])
    expect(signals[0]!.textContent).toContain('Open items went from 0 a week ago to 4 today')
    expect(signals[1]!.textContent).toContain('1 open item(s) had no comment for 3 days or more')

    const show = byText<HTMLButtonElement>(signals[1]! as HTMLElement, 'button', 'Show the 1 item(s)')
    show.click()
    await waitFor(() => expect(show.getAttribute('aria-expanded')).toBe('true'))
    const link = await waitFor(() => byText<HTMLButtonElement>(signals[1]! as HTMLElement, '.signal-items button', 'Renouveler'))
    link.click()
    await waitFor(() => expect(view!.root.querySelector('#dashboard-detail .detail h2')?.textContent).toContain('Renouveler l’assurance'))
    await tick()
  })

  it('follows the items as they move', async () => {
    await openDashboard()
    await d.items.update('a', { status: 'done', statusTimes: { new: now - 3 * HOUR, done: now }, updatedAt: now })
    await waitFor(() => expect(figure('open')).toBe('3'))
    expect(figure('done')).toBe('2')
  })

  it('counts a change made after the clock’s last tick at once', async () => {
    await openDashboard()
    // The page's clock was read when it opened; this acknowledgement comes later than that.
    const later = Date.now() + 5_000
    await d.items.update('a', { status: 'acknowledged', statusTimes: { new: now - 3 * HOUR, acknowledged: later }, updatedAt: later })
    await waitFor(() => expect(figure('acknowledged')).toBe('4'))
  })
})

describe('figureNow', () => {
  const row = (updatedAt: number, statusTimes: ItemRow['statusTimes']) => ({ ...item('x', 'ws1', 'me'), updatedAt, statusTimes })

  it('is the clock while every change is older', () => {
    expect(figureNow(1_000, [row(900, { new: 800, acknowledged: 900 })], new Map([['x', 950]]))).toBe(1_000)
  })

  it('is never earlier than the newest status time, edit or comment', () => {
    expect(figureNow(1_000, [row(900, { new: 800, done: 1_200 })], new Map())).toBe(1_200)
    expect(figureNow(1_000, [row(1_300, { new: 800 })], new Map())).toBe(1_300)
    expect(figureNow(1_000, [row(900, { new: 800 })], new Map([['x', 1_100]]))).toBe(1_100)
  })
})
