import type { ItemEvent } from '../../../shared/schema/sync'
import { t, type MessageKey } from '../../lib/i18n'
import { STATUS_LABEL } from '../labels'

// The server names the meta fields an edit changed, plus `content` for sealed content.
const CHANGE_LABEL: Record<string, MessageKey> = {
  priority: 'fieldPriority',
  dueAt: 'fieldDue',
  assigneeId: 'fieldAssignee',
  category: 'fieldCategory',
  confidential: 'fieldConfidential',
  recurrence: 'fieldRecurrence',
  content: 'historyContent',
}

/** What an entry of an item's history says happened, in the UI's language (never content). */
export function describeEvent(e: Pick<ItemEvent, 'kind' | 'status' | 'changes'>): string {
  switch (e.kind) {
    case 'created':
      return t('historyCreated')
    case 'status':
      return e.status ? t('historyStatus', { status: t(STATUS_LABEL[e.status]) }) : t('historyStatusChanged')
    case 'edited': {
      const fields = (e.changes ?? []).map((c) => (Object.hasOwn(CHANGE_LABEL, c) ? t(CHANGE_LABEL[c]!) : c))
      return fields.length > 0 ? t('historyEditedFields', { fields: fields.join(', ') }) : t('historyEdited')
    }
    case 'commented':
      return t('historyCommented')
    case 'deleted':
      return t('historyDeleted')
    case 'recurred':
      return t('historyRecurred')
  }
}
