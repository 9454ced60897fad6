import type { Source } from '../../../shared/schema/content'
import { t, type MessageKey } from '../../lib/i18n'

const LABELS: Record<NonNullable<NonNullable<Source['gmail']>['unread']>[number], MessageKey> = {
  subject: 'sourceUnreadSubject',
  body: 'sourceUnreadBody',
  date: 'sourceUnreadDate',
  to: 'sourceUnreadTo',
}

/** Says which fields of a Gmail clip could not be read, so the user checks them before saving. */
export function UnreadNotice({ source }: { source: Source }) {
  const unread = source.gmail?.unread ?? []
  if (unread.length === 0) return null
  const names = unread.map((field) => t(LABELS[field]))
  const fields = names.length > 1 ? `${names.slice(0, -1).join(', ')}${t('sourceUnreadAnd')}${names.at(-1)}` : (names[0] ?? '')
  return (
    <p class="notice source-unread" role="status">
      {t('sourceUnread', { fields })}
    </p>
  )
}
