import { useId, useRef } from 'preact/hooks'
import type { KpiResponse } from '../../../shared/schema/kpi'
import { t, uiLang, type MessageKey } from '../../lib/i18n'
import { useElementSize } from '../hooks/use-element-size'
import { dayLabel, labelEvery, niceTicks } from './chart-scale'

type Day = KpiResponse['daily'][number]
type SeriesKey = 'created' | 'done' | 'breached'

const SERIES: { key: SeriesKey; label: MessageKey }[] = [
  { key: 'created', label: 'chartCreated' },
  { key: 'done', label: 'chartDone' },
  { key: 'breached', label: 'chartBreached' },
]

const H = 220
const PAD = { left: 30, right: 6, top: 8, bottom: 22 }

/**
 * The daily series as grouped bars in inline SVG, drawn at the width it is shown at (so its
 * labels keep their size in a narrow side panel). The picture is one image to assistive
 * technology, named by the caption and described by a summary; the same numbers are in a
 * visually hidden table for anyone who wants them day by day.
 */
export function DailyChart({ daily }: { daily: Day[] }) {
  const ids = { caption: useId(), summary: useId() }
  const frame = useRef<HTMLDivElement | null>(null)
  const W = Math.min(1600, Math.max(280, useElementSize(frame, 'clientWidth', 640)))
  const lang = uiLang()
  const ticks = niceTicks(Math.max(0, ...daily.flatMap((d) => [d.created, d.done, d.breached])))
  const top = ticks[ticks.length - 1] ?? 1
  const plotW = W - PAD.left - PAD.right
  const plotH = H - PAD.top - PAD.bottom
  const slot = plotW / Math.max(1, daily.length)
  const barW = Math.max(1, (slot * 0.8) / SERIES.length)
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH
  const every = labelEvery(daily.length, W)
  const sum = (k: SeriesKey) => daily.reduce((n, d) => n + d[k], 0)

  return (
    <figure class="chart">
      <figcaption id={ids.caption}>{t('chartTitle')}</figcaption>
      <div ref={frame}>
        {/* biome-ignore lint/a11y/noSvgWithoutTitle: named by the figcaption (aria-labelledby) and described by the text summary. */}
        <svg
          class="chart-svg"
          viewBox={`0 0 ${W} ${H}`}
          preserveAspectRatio="xMinYMin meet"
          role="img"
          aria-labelledby={ids.caption}
          aria-describedby={ids.summary}
          focusable="false"
        >
          {ticks.map((v) => (
            <g key={`tick-${v}`} class="chart-grid">
              <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
              <text x={PAD.left - 4} y={y(v) + 3} text-anchor="end">
                {v}
              </text>
            </g>
          ))}
          {daily.map((d, i) => (
            <g key={d.date}>
              {SERIES.map((s, j) => (
                <rect
                  key={s.key}
                  class={`bar bar-${s.key}`}
                  x={PAD.left + i * slot + slot * 0.1 + j * barW}
                  y={y(d[s.key])}
                  width={barW}
                  height={Math.max(0, PAD.top + plotH - y(d[s.key]))}
                >
                  <title>{`${dayLabel(d.date, lang)} · ${t(s.label)}: ${d[s.key]}`}</title>
                </rect>
              ))}
              {i % every === 0 && (
                <text class="chart-axis" x={PAD.left + i * slot + slot / 2} y={H - 6} text-anchor="middle">
                  {dayLabel(d.date, lang)}
                </text>
              )}
            </g>
          ))}
        </svg>
      </div>
      <ul class="chart-legend" aria-hidden="true">
        {SERIES.map((s) => (
          <li key={s.key}>
            <span class={`swatch bar-${s.key}`} />
            {t(s.label)}
          </li>
        ))}
      </ul>
      <p id={ids.summary} class="sr-only">
        {t('chartSummary', { days: daily.length, created: sum('created'), done: sum('done'), breached: sum('breached') })}
      </p>
      <table class="sr-only">
        <caption>{t('chartTableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('chartDate')}</th>
            {SERIES.map((s) => (
              <th key={s.key} scope="col">
                {t(s.label)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {daily.map((d) => (
            <tr key={d.date}>
              <th scope="row">{dayLabel(d.date, lang)}</th>
              {SERIES.map((s) => (
                <td key={s.key}>{d[s.key]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}
