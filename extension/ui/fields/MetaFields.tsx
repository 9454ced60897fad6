import type { Recurrence } from '../../../shared/recurrence'
import type { Priority } from '../../../shared/schema/item'
import type { WorkspaceRow } from '../../db/types'
import { AssigneeField } from './AssigneeField'
import { CategoryField } from './CategoryField'
import { ConfidentialField } from './ConfidentialField'
import { DueField } from './DueField'
import { PriorityField } from './PriorityField'
import { RecurrenceField } from './RecurrenceField'

export type MetaFieldsProps = {
  ws: WorkspaceRow
  assigneeId: string | null
  setAssigneeId: (v: string | null) => void
  priority: Priority
  setPriority: (v: Priority) => void
  dueAt: number | null
  setDueAt: (v: number | null) => void
  recurrence: Recurrence | null
  setRecurrence: (v: Recurrence | null) => void
  category: string
  setCategory: (v: string) => void
  categories: string[]
  confidential: boolean
  setConfidential: (v: boolean) => void
}

/** What the server may see of an item, as one set of fields: the capture form and the editor share it. */
export function MetaFields(p: MetaFieldsProps) {
  return (
    <>
      <div class="field-row">
        <AssigneeField ws={p.ws} value={p.assigneeId} onChange={p.setAssigneeId} />
        <PriorityField value={p.priority} onChange={p.setPriority} />
      </div>
      <DueField value={p.dueAt} onChange={p.setDueAt} />
      <RecurrenceField value={p.recurrence} onChange={p.setRecurrence} />
      <CategoryField value={p.category} onChange={p.setCategory} suggestions={p.categories} />
      <ConfidentialField value={p.confidential} onChange={p.setConfidential} />
    </>
  )
}
