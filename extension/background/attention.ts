import { browser } from 'wxt/browser'
import { db } from '../db/database'
import { notifications } from '../db/settings'
import { t } from '../lib/i18n'

/**
 * The badge counts what wants the user's eye (assistant: new items; executive: items an
 * assistant moved). Notifications never show a confidential item's content.
 */
export async function refreshBadge(): Promise<void> {
  const count = await db().items.where('unseen').equals(1).count()
  await browser.action.setBadgeText({ text: count > 0 ? String(Math.min(count, 999)) : '' })
  await browser.action.setBadgeBackgroundColor({ color: '#1d4ed8' })
}

export async function notifyChanges(itemIds: string[]): Promise<void> {
  if (itemIds.length === 0) return
  const items = (await db().items.bulkGet(itemIds)).filter((i) => i !== undefined && i.unseen === 1)
  if (items.length === 0) return
  if (!(await notifications.read())) return
  const first = items[0]!
  const safeTitle = first.meta.confidential || !first.content ? t('confidentialItem') : first.content.title
  const message = items.length === 1 ? safeTitle : t('andMore', { title: safeTitle, count: items.length - 1 })
  await browser.notifications
    .create(`relais-${Date.now()}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: t('notifyTitle'),
      message,
    })
    .catch(() => {})
}
