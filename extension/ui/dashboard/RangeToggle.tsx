import { KPI_RANGES, type KpiRange } from '../../../shared/schema/kpi'
import { t } from '../../lib/i18n'

const LABEL = { '7d': 'range7d', '30d': 'range30d' } as const

/** 7 or 30 days: two pressed-or-not buttons, so the choice is announced as a state. */
export function RangeToggle({ value, onChange }: { value: KpiRange; onChange: (r: KpiRange) => void }) {
  return (
    <div class="chips" role="group" aria-label={t('rangeLabel')}>
      {KPI_RANGES.map((r) => (
        <button key={r} type="button" class="chip" aria-pressed={value === r} onClick={() => onChange(r)}>
          {t(LABEL[r])}
        </button>
      ))}
    </div>
  )
}
