import { db } from '../../db/database'
import { DEPARTURES_KEY, departuresOf, dismissDeparture, type Departure } from '../../db/departures'
import { t } from '../../lib/i18n'
import { formatDateTime } from '../format/time'
import { useLiveQuery } from '../hooks/use-live-query'

function what(d: Departure): string {
  const params = { workspace: d.workspaceName, date: formatDateTime(d.at) }
  if (d.reason === 'left') return t('departureLeft', params)
  return d.by ? t('departureRevoked', { ...params, name: d.by }) : t('departureRevokedUnknown', params)
}

/**
 * Says why a workspace is gone from this browser (removed by someone, or left), what was wiped,
 * and what to do next, until the person dismisses it or joins the workspace again.
 */
export function DepartureNotices() {
  const departures = useLiveQuery(async () => departuresOf((await db().settings.get(DEPARTURES_KEY))?.value), [])
  if (!departures || departures.length === 0) return null
  return (
    <div class="departures">
      {departures.map((d) => (
        <div key={d.workspaceId} class="notice departure" role="status">
          <p>
            <strong>{what(d)}</strong>
          </p>
          <p>{t('departureWiped')}</p>
          <p>{t(d.reason === 'left' ? 'departureNextLeft' : 'departureNextRevoked', { workspace: d.workspaceName })}</p>
          <button
            type="button"
            class="small"
            aria-label={t('departureDismissLabel', { workspace: d.workspaceName })}
            onClick={() => void dismissDeparture(d.workspaceId)}
          >
            {t('departureDismiss')}
          </button>
        </div>
      ))}
    </div>
  )
}
