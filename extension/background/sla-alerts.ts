import { browser } from 'wxt/browser'
import { OPEN_STATUSES } from '../../shared/status'
import { db } from '../db/database'
import { readSlaPolicy } from '../db/sla-policy'
import type { ItemRow, WorkspaceRow } from '../db/types'
import { notifications, slaNotices } from '../db/settings'
import { t } from '../lib/i18n'
import { planAlerts, type Alert, type AlertKind } from './sla-alerts-plan'

/**
 * Due-soon and breach alerts, computed on the device from local items and the stored policy:
 * they work offline, and the server never learns who looked at what. Run by an alarm and after
 * sync rounds. Like every notification of Relais, a confidential item is named, never shown.
 */
export async function checkSlaAlerts(now = Date.now()): Promise<Alert[]> {
  const workspaces = await db().workspaces.toArray()
  const all: Alert[] = []
  for (const ws of workspaces) all.push(...(await checkWorkspace(ws, now)))
  if (all.length === 0) return all
  if (!(await notifications.read())) return all
  for (const kind of ['breached', 'due_soon'] as const) {
    const items = all.filter((a) => a.kind === kind).map((a) => a.item)
    if (items.length > 0) await announce(kind, items, now)
  }
  return all
}

async function checkWorkspace(ws: WorkspaceRow, now: number): Promise<Alert[]> {
  const policy = await readSlaPolicy(ws.id)
  const items = (await Promise.all(OPEN_STATUSES.map((s) => db().items.where('[workspaceId+status]').equals([ws.id, s]).toArray()))).flat()
  const notices = slaNotices(ws.id)
  const d = db()
  // Read and written in one transaction: two contexts checking at once never announce twice.
  return d.transaction('rw', d.settings, async () => {
    const before = await notices.read()
    const { alerts, announced } = planAlerts(items, ws, policy, now, before)
    if (alerts.length > 0 || Object.keys(before).some((id) => !(id in announced))) await notices.write(announced)
    return alerts
  })
}

const TITLE: Record<AlertKind, 'slaAlertDueSoonTitle' | 'slaAlertBreachedTitle'> = {
  due_soon: 'slaAlertDueSoonTitle',
  breached: 'slaAlertBreachedTitle',
}

async function announce(kind: AlertKind, items: ItemRow[], now: number): Promise<void> {
  const first = items[0]!
  const safeTitle = first.meta.confidential || !first.content ? t('confidentialItem') : first.content.title
  const message = items.length === 1 ? safeTitle : t('andMore', { title: safeTitle, count: items.length - 1 })
  await browser.notifications
    .create(`relais-sla-${kind}-${now}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: t(TITLE[kind]),
      message,
    })
    .catch(() => {})
}
