import { useId } from 'preact/hooks'
import type { WorkspaceRow } from '../../db/types'
import { t } from '../../lib/i18n'
import { assignableMembers, memberName } from '../members'

type Props = { ws: WorkspaceRow; value: string | null; onChange: (id: string | null) => void; label?: string }

/** The workspace's active assistants and executives; "unassigned" leaves it to whoever picks it up. */
export function AssigneeField({ ws, value, onChange, label = t('fieldAssignee') }: Props) {
  const id = useId()
  const members = assignableMembers(ws)
  // Keep a revoked or unknown current assignee visible rather than silently changing it.
  const unknown = value !== null && !members.some((m) => m.id === value)
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.currentTarget.value || null)}>
        <option value="">{t('unassigned')}</option>
        {members.map((m) => (
          <option key={m.id} value={m.id}>
            {memberName(ws, m.id)}
            {m.role === 'executive' ? ` (${t('roleExecutive')})` : ''}
          </option>
        ))}
        {unknown && <option value={value}>{memberName(ws, value)}</option>}
      </select>
    </div>
  )
}
