import { useId, useRef, useState } from 'preact/hooks'
import type { KpiRange } from '../../../shared/schema/kpi'
import type { WorkspaceRow } from '../../db/types'
import { t } from '../../lib/i18n'
import { ExportButtons } from '../export/ExportButtons'
import { closeOnEscape } from '../app/ListWithDetail'
import { ItemDetail } from '../item/ItemDetail'
import { memberName } from '../members'
import { BreakdownTable } from './BreakdownTable'
import { DailyChart } from './DailyChart'
import { FigureCards } from './FigureCards'
import { RangeToggle } from './RangeToggle'
import { useDashboard } from './use-dashboard'
import { WeakSignalList } from './WeakSignalList'

type Props = { mine: readonly WorkspaceRow[]; workspaces: ReadonlyMap<string, WorkspaceRow>; now: number }

const DETAIL_ID = 'dashboard-detail'

function focusLater(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus())
}

/**
 * The executive's dashboard for one workspace at a time (each has its own SLA policy):
 * figures, the daily trend, weak signals with the items behind them, and the breakdowns.
 * Everything is computed on this device from the local items.
 */
export function DashboardView({ mine, workspaces, now }: Props) {
  const ids = { ws: useId(), figures: useId(), trend: useId(), signals: useId(), people: useId() }
  const [chosenId, setChosenId] = useState<string | null>(null)
  const [range, setRange] = useState<KpiRange>('7d')
  const [openId, setOpenId] = useState<string | null>(null)
  // Focus goes to the detail on open and back to the link that opened it on close.
  const opener = useRef<HTMLElement | null>(null)
  const ws = mine.find((w) => w.id === chosenId) ?? mine[0]
  const data = useDashboard(ws, range, now)
  if (!ws) return null

  const open = (id: string) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
    setOpenId(id)
    focusLater(DETAIL_ID)
  }
  const close = () => {
    setOpenId(null)
    requestAnimationFrame(() => opener.current?.focus())
  }
  const clock = data?.kpis.clock ?? 'calendar'
  const days = range === '7d' ? 7 : 30

  return (
    <div class={`dashboard-layout${openId ? ' has-detail' : ''}`}>
      <div class="dashboard">
        <div class="toolbar">
          {mine.length > 1 && (
            <div class="field inline">
              <label for={ids.ws}>{t('fieldWorkspace')}</label>
              <select
                id={ids.ws}
                value={ws.id}
                onChange={(e) => {
                  setChosenId(e.currentTarget.value)
                  setOpenId(null)
                }}
              >
                {mine.map((w) => (
                  <option key={w.id} value={w.id}>
                    {w.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          <RangeToggle value={range} onChange={setRange} />
          <ExportButtons ws={ws} />
        </div>
        {!data ? (
          <p class="muted" role="status">
            {t('loading')}
          </p>
        ) : (
          <>
            <section aria-labelledby={ids.figures}>
              <h3 id={ids.figures}>{t('dashFigures', { days })}</h3>
              <FigureCards kpis={data.kpis} />
              <p class="hint">{t(clock === 'business' ? 'dashClockBusiness' : 'dashClockCalendar', { zone: data.kpis.timeZone })}</p>
            </section>
            <section aria-labelledby={ids.trend}>
              <h3 id={ids.trend}>{t('dashTrend')}</h3>
              <DailyChart daily={data.kpis.daily} />
            </section>
            <section aria-labelledby={ids.signals}>
              <h3 id={ids.signals}>{t('dashSignals')}</h3>
              <WeakSignalList signals={data.signals} ws={ws} clock={clock} now={data.now} openId={openId} onOpen={open} />
            </section>
            <section aria-labelledby={ids.people}>
              <h3 id={ids.people}>{t('dashBreakdowns')}</h3>
              <BreakdownTable
                caption={t('byAssistantCaption', { days })}
                groupLabel={t('fieldAssignee')}
                clock={clock}
                rows={data.kpis.byAssignee.map((r) => ({
                  key: r.assigneeId ?? '',
                  name: r.name ?? memberName(ws, r.assigneeId),
                  figures: r,
                }))}
              />
              <BreakdownTable
                caption={t('byCategoryCaption', { days })}
                groupLabel={t('fieldCategory')}
                clock={clock}
                rows={data.kpis.byCategory.map((r) => ({ key: r.category ?? '', name: r.category ?? t('noCategory'), figures: r }))}
              />
            </section>
          </>
        )}
      </div>
      {openId && (
        // biome-ignore lint/a11y/noStaticElementInteractions: Escape from any control inside the open item closes it
        <div class="detail-pane" id={DETAIL_ID} tabIndex={-1} onKeyDown={(e) => closeOnEscape(e, close)}>
          <ItemDetail itemId={openId} workspaces={workspaces} view="delegated" now={now} onClose={close} />
        </div>
      )}
    </div>
  )
}
