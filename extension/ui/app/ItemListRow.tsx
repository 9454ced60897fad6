import type { JSX } from 'preact'
import type { ItemRow } from '../../db/types'
import { t } from '../../lib/i18n'
import { formatRelative } from '../format/time'
import { PRIORITY_LABEL, STATUS_LABEL } from '../labels'
import { Lock } from '../item/Lock'
import { SlaBadge } from '../item/SlaBadge'

type Props = {
  item: ItemRow
  context: string
  /** In the queue the group heading already shows it; keep it for screen readers only. */
  contextVisible: boolean
  now: number
  selected: boolean
  open: boolean
  position: number
  total: number
  style: JSX.CSSProperties
  onClick: () => void
}

export const optionId = (itemId: string) => `item-${itemId}`

/** One item as a listbox option: title, status, SLA, due time and who it is from or with. */
export function ItemListRow({ item, context, contextVisible, now, selected, open, position, total, style, onClick }: Props) {
  const title = item.content ? item.content.title : t('cannotRead')
  const classes = [
    'row',
    `priority-${item.meta.priority}`,
    selected ? 'selected' : '',
    open ? 'open' : '',
    item.unseen ? 'unseen' : '',
    item.content ? '' : 'unreadable',
  ]
  return (
    // biome-ignore lint/a11y/useFocusableInteractive lint/a11y/useKeyWithClickEvents: focus stays on the listbox, which names the active option with aria-activedescendant and handles the keys.
    <div
      role="option"
      id={optionId(item.id)}
      class={classes.filter(Boolean).join(' ')}
      aria-selected={selected}
      aria-setsize={total}
      aria-posinset={position}
      style={style}
      onClick={onClick}
    >
      <div class="row-line">
        {item.unseen === 1 && <span class="unseen-dot" role="img" aria-label={t('changed')} />}
        {item.meta.confidential && <Lock />}
        <span class="row-title">{title}</span>
        {item.pending === 1 && (
          <span class="pending-mark" role="img" aria-label={t('pendingSend')} title={t('pendingSend')}>
            ↻
          </span>
        )}
      </div>
      <div class="row-line row-meta">
        <span class={`status status-${item.status}`}>{t(STATUS_LABEL[item.status])}</span>
        <SlaBadge item={item} now={now} />
        <span class={contextVisible ? 'context' : 'sr-only'}>{context}</span>
        {item.meta.priority !== 'normal' && (
          <span class={`priority priority-${item.meta.priority}`}>{t(PRIORITY_LABEL[item.meta.priority])}</span>
        )}
        {item.meta.dueAt !== null && <span class="due">{t('dueShort', { when: formatRelative(item.meta.dueAt, now) })}</span>}
        {item.meta.category && <span class="category">{item.meta.category}</span>}
      </div>
    </div>
  )
}
