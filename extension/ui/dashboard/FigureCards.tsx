import type { DurationFigures, KpiResponse } from '../../../shared/schema/kpi'
import { t, type MessageKey } from '../../lib/i18n'
import { formatCount, formatMinutes, formatShare } from './format-figures'

type Card = { id: string; label: MessageKey; value: string; hint: string; tone?: 'bad' }

/** The headline figures: the backlog now, and what happened in the period. */
export function FigureCards({ kpis }: { kpis: KpiResponse }) {
  const f = kpis.totals
  const duration = (d: DurationFigures) => formatMinutes(d.medianMinutes, kpis.clock)
  const p90 = (d: DurationFigures) =>
    d.count === 0 ? t('figNoData') : t('figP90', { value: formatMinutes(d.p90Minutes, kpis.clock), count: d.count })
  const cards: Card[] = [
    { id: 'open', label: 'figOpen', value: formatCount(f.open), hint: t('figNow') },
    { id: 'overdue', label: 'figOverdue', value: formatCount(f.overdue), hint: t('figNow'), tone: f.overdue > 0 ? 'bad' : undefined },
    { id: 'acknowledged', label: 'figAcknowledged', value: formatCount(f.acknowledged), hint: t('figInPeriod') },
    { id: 'done', label: 'figDone', value: formatCount(f.done), hint: t('figInPeriod') },
    { id: 'ack-time', label: 'figTimeToAck', value: duration(f.timeToAcknowledge), hint: p90(f.timeToAcknowledge) },
    { id: 'done-time', label: 'figTimeToComplete', value: duration(f.timeToComplete), hint: p90(f.timeToComplete) },
    {
      id: 'within-sla',
      label: 'figWithinSla',
      value: formatShare(f.withinSla.share),
      hint: t('figMetOf', { met: f.withinSla.met, judged: f.withinSla.judged }),
    },
  ]
  return (
    <ul class="figure-cards" aria-label={t('figuresLabel')}>
      {cards.map((c) => (
        <li key={c.id} class={`figure-card${c.tone ? ` tone-${c.tone}` : ''}`} data-figure={c.id}>
          <span class="figure-label">{t(c.label)}</span>
          <strong class="figure-value">{c.value}</strong>
          <span class="figure-hint">{c.hint}</span>
        </li>
      ))}
    </ul>
  )
}
