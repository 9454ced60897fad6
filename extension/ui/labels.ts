import type { Priority, Status } from '../../shared/schema/item'
import type { Role } from '../../shared/schema/workspace'
import type { MessageKey } from '../lib/i18n'

export const PRIORITY_LABEL: Record<Priority, MessageKey> = {
  low: 'priorityLow',
  normal: 'priorityNormal',
  high: 'priorityHigh',
  urgent: 'priorityUrgent',
}

export const STATUS_LABEL: Record<Status, MessageKey> = {
  new: 'statusNew',
  acknowledged: 'statusAcknowledged',
  in_progress: 'statusInProgress',
  waiting: 'statusWaiting',
  done: 'statusDone',
  cancelled: 'statusCancelled',
}

export const ROLE_LABEL: Record<Role, MessageKey> = {
  executive: 'roleExecutive',
  assistant: 'roleAssistant',
}
