import { useId } from 'preact/hooks'
import type { Recurrence } from '../../../shared/recurrence'
import { t } from '../../lib/i18n'
import { FREQS, MAX_INTERVAL, withFreq, withInterval, type Freq } from './recurrence-choice'

const FREQ_LABEL = {
  daily: 'repeatDaily',
  weekly: 'repeatWeekly',
  monthly: 'repeatMonthly',
  quarterly: 'repeatQuarterly',
  yearly: 'repeatYearly',
} as const
const UNIT_LABEL = {
  daily: 'unitDays',
  weekly: 'unitWeeks',
  monthly: 'unitMonths',
  quarterly: 'unitQuarters',
  yearly: 'unitYears',
} as const

/** Recurring admin work (payroll, VAT, closing): how often the item comes back once done or due. */
export function RecurrenceField({ value, onChange }: { value: Recurrence | null; onChange: (r: Recurrence | null) => void }) {
  const ids = { freq: useId(), interval: useId(), hint: useId() }
  return (
    <div class="field">
      <label for={ids.freq}>{t('fieldRecurrence')}</label>
      <div class="recurrence-row">
        <select
          id={ids.freq}
          value={value?.freq ?? ''}
          aria-describedby={ids.hint}
          onChange={(e) => onChange(withFreq(value, e.currentTarget.value as Freq | ''))}
        >
          <option value="">{t('repeatNone')}</option>
          {FREQS.map((f) => (
            <option key={f} value={f}>
              {t(FREQ_LABEL[f])}
            </option>
          ))}
        </select>
        {value && (
          <span class="field inline">
            <label for={ids.interval}>{t('repeatEvery')}</label>
            <input
              id={ids.interval}
              type="number"
              min={1}
              max={MAX_INTERVAL}
              step={1}
              inputMode="numeric"
              value={value.interval}
              onChange={(e) => onChange(withInterval(value, e.currentTarget.value))}
            />
            <span>{t(UNIT_LABEL[value.freq])}</span>
          </span>
        )}
      </div>
      <p id={ids.hint} class="hint">
        {t('repeatHint')}
      </p>
    </div>
  )
}
