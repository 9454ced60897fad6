import { useId } from 'preact/hooks'
import { t } from '../../lib/i18n'
import { DUE_PICKS, duePick, fromLocalInput, toLocalInput, type DuePick } from '../format/due-picks'

const PICK_LABEL = { today: 'dueToday', tomorrow: 'dueTomorrow', nextWeek: 'dueNextWeek' } as const

/** Quick picks set the end of that day; the datetime input takes any instant. */
export function DueField({ value, onChange }: { value: number | null; onChange: (ms: number | null) => void }) {
  const id = useId()
  return (
    <div class="field">
      <label for={id}>{t('fieldDue')}</label>
      <div class="due-row">
        <input
          id={id}
          type="datetime-local"
          value={toLocalInput(value)}
          onChange={(e) => onChange(fromLocalInput(e.currentTarget.value))}
        />
        {value !== null && (
          <button type="button" class="ghost" onClick={() => onChange(null)}>
            {t('dueClear')}
          </button>
        )}
      </div>
      <div class="chips" role="group" aria-label={t('duePicks')}>
        {DUE_PICKS.map((p: DuePick) => {
          const at = duePick(p)
          return (
            <button key={p} type="button" class="chip" aria-pressed={value === at} onClick={() => onChange(at)}>
              {t(PICK_LABEL[p])}
            </button>
          )
        })}
      </div>
    </div>
  )
}
