import { notifications } from '../../db/settings'
import { t } from '../../lib/i18n'
import { useLiveQuery } from '../../ui/hooks/use-live-query'
import { saveSetting } from './settings'

/** On unless turned off; the background reads the same setting before notifying. */
export function NotificationSetting() {
  const on = useLiveQuery(() => notifications.read(), []) ?? true
  return (
    <section class="card" aria-labelledby="notifications-h">
      <h2 id="notifications-h">{t('notificationsHeading')}</h2>
      <label class="inline-check">
        <input type="checkbox" checked={on} onChange={(e) => saveSetting(notifications, e.currentTarget.checked)} /> {t('notificationsOn')}
      </label>
      <p class="hint">{t('notificationsHint')}</p>
    </section>
  )
}
