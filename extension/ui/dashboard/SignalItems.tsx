import { db } from '../../db/database'
import type { ItemRow } from '../../db/types'
import { t } from '../../lib/i18n'
import { useLiveQuery } from '../hooks/use-live-query'
import { useKeyed } from '../hooks/use-keyed'
import { SlaBadge } from '../item/SlaBadge'
import { Lock } from '../item/Lock'

type Props = { id: string; itemIds: string[]; label: string; now: number; openId: string | null; onOpen: (itemId: string) => void }

/** The items behind a signal, in the signal's order (most telling first); each opens its detail. */
export function SignalItems({ id, itemIds, label, now, openId, onOpen }: Props) {
  const ids = useKeyed(itemIds, itemIds.join(','))
  const items = useLiveQuery(() => db().items.bulkGet(ids), [ids])
  if (!items) return null
  const present = items.filter((i): i is ItemRow => i !== undefined && i.deleted === 0)
  return (
    <ul id={id} class="signal-items" aria-label={label}>
      {present.map((item) => (
        <li key={item.id}>
          <button type="button" class="link-button" aria-current={openId === item.id ? 'true' : undefined} onClick={() => onOpen(item.id)}>
            {item.meta.confidential && <Lock />} {item.content ? item.content.title : t('cannotRead')}
          </button>{' '}
          <SlaBadge item={item} now={now} />
        </li>
      ))}
    </ul>
  )
}
