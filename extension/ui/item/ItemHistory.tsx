import { useId } from 'preact/hooks'
import { db } from '../../db/database'
import type { WorkspaceRow } from '../../db/types'
import { t } from '../../lib/i18n'
import { formatDateTime } from '../format/time'
import { useLiveQuery } from '../hooks/use-live-query'
import { memberName } from '../members'
import { describeEvent } from './history-text'

/** Who did what to the item, and when, as the server recorded it (never the content itself). */
export function ItemHistory({ itemId, ws }: { itemId: string; ws: WorkspaceRow }) {
  const id = useId()
  const events = useLiveQuery(
    async () =>
      (
        await db()
          .events.where('itemId')
          .equals(itemId)
          .filter((e) => e.workspaceId === ws.id)
          .toArray()
      ).sort((a, b) => a.at - b.at || a.id - b.id),
    [itemId, ws.id],
  )
  return (
    <section class="detail-history" aria-labelledby={id}>
      <h3 id={id}>{t('history')}</h3>
      {events === undefined ? null : events.length === 0 ? (
        <p class="muted">{t('historyEmpty')}</p>
      ) : (
        <ol class="history">
          {events.map((e) => (
            <li key={e.id}>
              <time dateTime={new Date(e.at).toISOString()}>{formatDateTime(e.at)}</time>
              {' · '}
              <strong>{memberName(ws, e.actorId)}</strong>
              {' · '}
              {describeEvent(e)}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
