import { db } from '../../db/database'
import { t } from '../../lib/i18n'
import { useLiveQuery } from '../../ui/hooks/use-live-query'
import { writeSetting } from './settings'

/** On unless turned off; the background reads the same row before notifying. */
export function NotificationSetting() {
  const row = useLiveQuery(() => db().settings.get('notifications'), [])
  const on = row?.value !== false
  return (
    <section class="card" aria-labelledby="notifications-h">
      <h2 id="notifications-h">{t('notificationsHeading')}</h2>
      <label class="inline-check">
        <input type="checkbox" checked={on} onChange={(e) => void writeSetting('notifications', e.currentTarget.checked)} />
        {' '}{t('notificationsOn')}
      </label>
      <p class="hint">{t('notificationsHint')}</p>
    </section>
  )
}
