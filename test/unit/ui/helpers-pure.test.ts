import { describe, expect, it } from 'vitest'
import { applyFilters, NO_FILTERS } from '../../../extension/ui/app/delegated-query'
import type { ListEntry } from '../../../extension/ui/app/list-entry'
import { indexEntries, stepToItem } from '../../../extension/ui/app/list-navigation'
import { tabsFor } from '../../../extension/ui/app/tabs'
import { duePick, fromLocalInput, toLocalInput } from '../../../extension/ui/format/due-picks'
import { httpUrl, sourceUrl } from '../../../extension/ui/safe-url'
import { summarizeSync } from '../../../extension/ui/sync-summary'
import { item, member, workspace } from './helpers'

describe('due date quick picks', () => {
  const now = new Date(2026, 2, 12, 9, 30).getTime()
  it('sets the end of the picked day, local time', () => {
    expect(new Date(duePick('today', now))).toEqual(new Date(2026, 2, 12, 23, 59))
    expect(new Date(duePick('tomorrow', now))).toEqual(new Date(2026, 2, 13, 23, 59))
    expect(new Date(duePick('nextWeek', now))).toEqual(new Date(2026, 2, 19, 23, 59))
    // Month ends roll over.
    expect(new Date(duePick('tomorrow', new Date(2026, 0, 31, 8).getTime()))).toEqual(new Date(2026, 1, 1, 23, 59))
  })
  it('round-trips through a datetime-local value', () => {
    const at = duePick('tomorrow', now)
    expect(toLocalInput(at)).toBe('2026-03-13T23:59')
    expect(fromLocalInput('2026-03-13T23:59')).toBe(at)
    expect(fromLocalInput('')).toBeNull()
    expect(toLocalInput(null)).toBe('')
  })
})

describe('links', () => {
  it('only links http(s)', () => {
    expect(httpUrl('https://a.test/x')).toBe('https://a.test/x')
    expect(httpUrl('http://a.test')).toBe('http://a.test/')
    expect(httpUrl('javascript:alert(1)')).toBeNull()
    expect(httpUrl('JaVaScRiPt:alert(1)')).toBeNull()
    expect(httpUrl('data:text/html,x')).toBeNull()
    expect(httpUrl('chrome://settings')).toBeNull()
    expect(httpUrl('not a url')).toBeNull()
    expect(httpUrl(undefined)).toBeNull()
  })
  it('prefers the Gmail permalink, and falls back to the page when the permalink is unsafe', () => {
    const gmail = {
      threadId: 't',
      messageId: 'm',
      account: 'a',
      subject: 's',
      from: { name: '', email: '' },
      to: [],
      date: null,
      attachments: [],
      permalink: 'javascript:x',
    }
    expect(sourceUrl({ kind: 'gmail', url: 'https://mail.google.com/mail/u/0/#inbox/1', gmail })).toBe(
      'https://mail.google.com/mail/u/0/#inbox/1',
    )
    expect(sourceUrl({ kind: 'gmail', gmail: { ...gmail, permalink: 'https://mail.google.com/x' } })).toBe('https://mail.google.com/x')
    expect(sourceUrl({ kind: 'manual' })).toBeNull()
  })
})

describe('sync summary', () => {
  const ws = [
    workspace('a', 'executive', 'm', [member('m', 'executive', 'M')], 'Alpha'),
    workspace('b', 'executive', 'n', [member('n', 'executive', 'N')], 'Beta'),
  ]
  const row = (workspaceId: string, state: 'synced' | 'syncing' | 'offline' | 'error', message: string | null = null) => ({
    workspaceId,
    state,
    pending: 0,
    message,
    at: 1,
    retryAt: null,
  })
  it('lets the worst state win and names the failing workspace', () => {
    expect(summarizeSync([row('a', 'synced'), row('b', 'synced')], ws, 0)).toEqual({ state: 'synced' })
    expect(summarizeSync([row('a', 'synced')], ws, 2)).toEqual({ state: 'syncing' })
    expect(summarizeSync([row('a', 'offline'), row('b', 'syncing')], ws, 3)).toEqual({ state: 'offline', pending: 3 })
    expect(summarizeSync([row('a', 'offline'), row('b', 'error', 'token revoked')], ws, 3)).toEqual({
      state: 'error',
      message: 'token revoked',
      workspace: 'Beta',
    })
  })
})

describe('list navigation', () => {
  const entries: ListEntry[] = [
    { kind: 'header', key: 'g1', label: 'A', count: 2 },
    { kind: 'item', item: item('x', 'w', 'e'), context: 'A' },
    { kind: 'item', item: item('y', 'w', 'e'), context: 'A' },
    { kind: 'header', key: 'g2', label: 'B', count: 1 },
    { kind: 'item', item: item('z', 'w', 'e'), context: 'B' },
  ]
  it('skips group headers and stops at the ends', () => {
    expect(stepToItem(entries, -1, 1)).toBe(1)
    expect(stepToItem(entries, 1, 1)).toBe(2)
    expect(stepToItem(entries, 2, 1)).toBe(4)
    expect(stepToItem(entries, 4, 1)).toBe(4)
    expect(stepToItem(entries, 4, -1)).toBe(2)
    expect(stepToItem(entries, 1, -1)).toBe(1)
    expect(stepToItem(entries, 1, 10)).toBe(4)
    expect(stepToItem(entries, entries.length, -1)).toBe(4)
  })
  it('numbers items without headers for aria-posinset', () => {
    const { rowOf, positionAt } = indexEntries(entries)
    expect(rowOf.get('z')).toBe(4)
    expect([...positionAt]).toEqual([0, 1, 2, 0, 3])
  })
})

describe('delegated filters', () => {
  const now = Date.now()
  const rows = [
    item('a', 'w', 'e', { title: 'Pay VAT', assigneeId: 's', category: 'Tax', dueAt: now - 1000 }),
    item('b', 'w', 'e', { title: 'Book hotel', category: 'Travel', dueAt: now + 86_400_000 * 5, createdAt: now }),
    { ...item('c', 'w', 'e', { assigneeId: 's' }), content: null },
  ]
  rows[1]!.content!.note = 'Near the VAT office'
  it('combines search, assignee, category and overdue, keeping order', () => {
    expect(applyFilters(rows, { ...NO_FILTERS, search: 'vat' }, now).map((r) => r.id)).toEqual(['a', 'b'])
    expect(applyFilters(rows, { ...NO_FILTERS, assignee: 's' }, now).map((r) => r.id)).toEqual(['a', 'c'])
    expect(applyFilters(rows, { ...NO_FILTERS, assignee: 'none' }, now).map((r) => r.id)).toEqual(['b'])
    expect(applyFilters(rows, { ...NO_FILTERS, category: 'Travel' }, now).map((r) => r.id)).toEqual(['b'])
    expect(applyFilters(rows, { ...NO_FILTERS, overdue: true, assignee: 's' }, now).map((r) => r.id)).toContain('a')
    expect(applyFilters(rows, { ...NO_FILTERS, overdue: true }, now).map((r) => r.id)).not.toContain('b')
  })
})

describe('tabs', () => {
  it('shows only the views the roles call for', () => {
    const exec = workspace('a', 'executive', 'm', [])
    const asst = workspace('b', 'assistant', 'n', [])
    expect(tabsFor([exec])).toEqual(['delegated', 'dashboard'])
    expect(tabsFor([asst])).toEqual(['queue'])
    expect(tabsFor([asst, exec])).toEqual(['delegated', 'queue', 'dashboard'])
    expect(tabsFor([])).toEqual([])
  })
})

describe('SLA state in the views', () => {
  it('never judges an item before its own last change (the views’ clock lags up to 30 s)', async () => {
    const { itemSla } = await import('../../../extension/ui/sla')
    const now = Date.now()
    const overdue = item('o', 'w', 'e', { dueAt: now - 3_600_000, createdAt: now - 7_200_000 })
    expect(itemSla(overdue, now)).toBe('breached_done')
    const cancelled = {
      ...overdue,
      status: 'cancelled' as const,
      statusTimes: { ...overdue.statusTimes, cancelled: now + 20_000 },
      updatedAt: now + 20_000,
    }
    expect(itemSla(cancelled, now)).toBeNull()
  })
})
