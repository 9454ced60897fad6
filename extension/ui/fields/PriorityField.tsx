import { useId } from 'preact/hooks'
import { PRIORITIES, type Priority } from '../../../shared/schema/item'
import { t } from '../../lib/i18n'
import { PRIORITY_LABEL } from '../labels'

export function PriorityField({ value, onChange }: { value: Priority; onChange: (p: Priority) => void }) {
  const id = useId()
  return (
    <div class="field">
      <label for={id}>{t('fieldPriority')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value as Priority)}>
        {PRIORITIES.map((p) => (
          <option key={p} value={p}>
            {t(PRIORITY_LABEL[p])}
          </option>
        ))}
      </select>
    </div>
  )
}
