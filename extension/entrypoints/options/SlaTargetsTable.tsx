import type { Priority } from '../../../shared/schema/item'
import { t } from '../../lib/i18n'
import { PRIORITY_LABEL } from '../../ui/labels'
import type { Duration, SlaDraft, TargetDraft } from './sla-form'

const ORDER: Priority[] = ['urgent', 'high', 'normal', 'low']

type Props = { targets: SlaDraft['targets']; onChange: (p: Priority, which: keyof TargetDraft, patch: Partial<Duration>) => void }

/** Per priority, how soon to acknowledge and to complete, each in hours and minutes. */
export function SlaTargetsTable({ targets, onChange }: Props) {
  const durationInputs = (p: Priority, which: keyof TargetDraft, whichLabel: string) => {
    const value = targets[p][which]
    const set = (patch: Partial<Duration>) => onChange(p, which, patch)
    const name = `${t(PRIORITY_LABEL[p])}, ${whichLabel}`
    return (
      <td>
        <span class="duration">
          <input
            type="number"
            min={0}
            step={1}
            inputMode="numeric"
            aria-label={t('slaHoursOf', { what: name })}
            value={value.hours}
            onInput={(e) => set({ hours: e.currentTarget.value })}
          />
          <span aria-hidden="true">{t('unitH')}</span>
          <input
            type="number"
            min={0}
            max={59}
            step={1}
            inputMode="numeric"
            aria-label={t('slaMinutesOf', { what: name })}
            value={value.minutes}
            onInput={(e) => set({ minutes: e.currentTarget.value })}
          />
          <span aria-hidden="true">{t('unitMin')}</span>
        </span>
      </td>
    )
  }
  return (
    <table class="sla-targets">
      <caption>{t('slaTargetsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('fieldPriority')}</th>
          <th scope="col">{t('slaAcknowledgeWithin')}</th>
          <th scope="col">{t('slaCompleteWithin')}</th>
        </tr>
      </thead>
      <tbody>
        {ORDER.map((p) => (
          <tr key={p}>
            <th scope="row">{t(PRIORITY_LABEL[p])}</th>
            {durationInputs(p, 'acknowledge', t('slaAcknowledgeWithin'))}
            {durationInputs(p, 'complete', t('slaCompleteWithin'))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
