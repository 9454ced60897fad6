import type { KpiFigures } from '../../../shared/schema/kpi'
import { t } from '../../lib/i18n'
import { formatMinutes, formatShare } from './format-figures'

export type BreakdownRow = { key: string; name: string; figures: KpiFigures }

type Props = { caption: string; groupLabel: string; rows: BreakdownRow[]; clock: 'calendar' | 'business' }

/** One row per assistant or category; the same columns as the cards, so they read alike. */
export function BreakdownTable({ caption, groupLabel, rows, clock }: Props) {
  return (
    // Scrolls sideways in a narrow side panel: focusable and named, so the keyboard can scroll it.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take the focus to be scrolled by keyboard (WCAG 2.1.1)
    <div class="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table class="breakdown">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{groupLabel}</th>
            <th scope="col">{t('figOpen')}</th>
            <th scope="col">{t('figOverdue')}</th>
            <th scope="col">{t('figDone')}</th>
            <th scope="col">{t('colMedianAck')}</th>
            <th scope="col">{t('colMedianComplete')}</th>
            <th scope="col">{t('figWithinSla')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={7} class="muted">
                {t('tableEmpty')}
              </td>
            </tr>
          ) : (
            rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.name}</th>
                <td>{r.figures.open}</td>
                <td class={r.figures.overdue > 0 ? 'bad' : undefined}>{r.figures.overdue}</td>
                <td>{r.figures.done}</td>
                <td>{formatMinutes(r.figures.timeToAcknowledge.medianMinutes, clock)}</td>
                <td>{formatMinutes(r.figures.timeToComplete.medianMinutes, clock)}</td>
                <td>{formatShare(r.figures.withinSla.share)}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  )
}
