import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeBrowser } from 'wxt/testing/fake-browser'
import type { RelaisDatabase } from '../../../extension/db/database'
import type { ItemRow } from '../../../extension/db/types'
import { checkSlaAlerts } from '../../../extension/background/sla-alerts'
import { closeDatabase, freshDatabase, item, member, workspace } from '../ui/helpers'

const MIN = 60_000
const HOUR = 60 * MIN
const SECRET = 'Rachat de la société Durand'

describe('SLA alerts', () => {
  let d: RelaisDatabase
  let now: number
  let create: { mock: { calls: unknown[][] } }
  const members = [member('me', 'executive', 'Claire'), member('boss2', 'executive', 'Marc'), member('sam', 'assistant', 'Sam')]
  const shown = (): { title: string; message: string }[] =>
    create.mock.calls.map((c) => ({ title: (c[1] as { title: string }).title, message: (c[1] as { message: string }).message }))

  beforeEach(async () => {
    fakeBrowser.reset()
    d = freshDatabase()
    now = Date.now()
    create = vi.spyOn(fakeBrowser.notifications, 'create')
    await d.workspaces.put(workspace('ws1', 'executive', 'me', members))
    const rows: ItemRow[] = [
      item('late', 'ws1', 'me', { title: 'Renouveler l’assurance', assigneeId: 'sam', dueAt: now - HOUR, createdAt: now - 10 * HOUR }),
      item('soon', 'ws1', 'me', { title: 'Payer la TVA', assigneeId: 'sam', dueAt: now + 30 * MIN, createdAt: now - 10 * HOUR }),
      item('secret', 'ws1', 'me', {
        title: SECRET,
        assigneeId: 'sam',
        confidential: true,
        dueAt: now - 2 * HOUR,
        createdAt: now - 10 * HOUR,
      }),
      item('theirs', 'ws1', 'boss2', { title: 'Pas pour moi', dueAt: now - HOUR, createdAt: now - 10 * HOUR }),
      item('fine', 'ws1', 'me', { title: 'Tranquille', assigneeId: 'sam', createdAt: now - HOUR }),
    ]
    await d.items.bulkPut(rows)
  })
  afterEach(async () => {
    vi.restoreAllMocks()
    await closeDatabase(d)
  })

  it('tells the executive once per item and state, never showing a confidential title', async () => {
    const first = await checkSlaAlerts(now)
    expect(first.map((a) => `${a.item.id}:${a.kind}`).sort()).toEqual(['late:breached', 'secret:breached', 'soon:due_soon'])
    expect(shown()).toHaveLength(2)
    expect(shown().find((n) => n.title === 'Relais: out of SLA')?.message).toMatch(/and 1 more$/)
    expect(shown().find((n) => n.title === 'Relais: due soon')?.message).toBe('Payer la TVA')
    expect(JSON.stringify(create.mock.calls)).not.toContain('Durand')

    // The alarm comes back a minute later: nothing new to say.
    expect(await checkSlaAlerts(now + MIN)).toEqual([])
    expect(shown()).toHaveLength(2)

    // The due-soon item's date passes: its breach is news, once.
    const later = now + 31 * MIN
    expect((await checkSlaAlerts(later)).map((a) => `${a.item.id}:${a.kind}`)).toEqual(['soon:breached'])
    expect(shown()[2]).toEqual({ title: 'Relais: out of SLA', message: 'Payer la TVA' })
    expect(await checkSlaAlerts(later + MIN)).toEqual([])
    expect(shown()).toHaveLength(3)
  })

  it('records alerts while notifications are off, so turning them on later does not flood', async () => {
    await d.settings.put({ key: 'notifications', value: false })
    expect(await checkSlaAlerts(now)).toHaveLength(3)
    expect(shown()).toHaveLength(0)
    await d.settings.put({ key: 'notifications', value: true })
    expect(await checkSlaAlerts(now + MIN)).toEqual([])
    expect(shown()).toHaveLength(0)
  })

  it('forgets closed items, and warns again about a new due date', async () => {
    await checkSlaAlerts(now)
    const record = async () => Object.keys((await d.settings.get('sla-notices:ws1'))?.value as object).sort()
    expect(await record()).toEqual(['late', 'secret', 'soon'])
    await d.items.update('late', { status: 'done', statusTimes: { new: now - 10 * HOUR, done: now }, updatedAt: now })
    await checkSlaAlerts(now + MIN)
    expect(await record()).toEqual(['secret', 'soon'])

    // The executive moves the TVA date out, then it comes due soon again: a new warning.
    await d.items.update('soon', { meta: { ...(await d.items.get('soon'))!.meta, dueAt: now + 5 * HOUR }, updatedAt: now + MIN })
    expect(await checkSlaAlerts(now + 2 * MIN)).toEqual([])
    expect((await checkSlaAlerts(now + 4.5 * HOUR)).map((a) => `${a.item.id}:${a.kind}`)).toEqual(['soon:due_soon'])
  })

  it('tells an assistant only about items assigned to them', async () => {
    await d.workspaces.put(workspace('ws1', 'assistant', 'sam', members))
    const alerts = await checkSlaAlerts(now)
    expect(alerts.map((a) => a.item.id).sort()).toEqual(['late', 'secret', 'soon'])
    await d.workspaces.put(workspace('ws1', 'assistant', 'other', members))
    await d.settings.delete('sla-notices:ws1')
    expect(await checkSlaAlerts(now)).toEqual([])
  })
})
