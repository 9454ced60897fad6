import { useMemo, useState } from 'preact/hooks'
import { db } from '../../db/database'
import { t } from '../../lib/i18n'
import { DepartureNotices } from '../components/DepartureNotices'
import { SyncStatusBar } from '../components/SyncStatusBar'
import { useKeyed } from '../hooks/use-keyed'
import { useLiveQuery } from '../hooks/use-live-query'
import { useNow } from '../hooks/use-now'
import { DashboardView } from '../dashboard/DashboardView'
import { openOptions, openQueueTab } from '../open-page'
import { useSlaPolicies } from '../sla-policies'
import { DelegatedView } from './DelegatedView'
import { QueueView } from './QueueView'
import { TabBar } from './TabBar'
import { tabsFor, type TabId } from './tabs'
import { byRole } from './workspace-key'

export type Layout = 'panel' | 'tab'

const VIEW_TITLE = { delegated: 'tabDelegated', queue: 'tabQueue', dashboard: 'tabDashboard' } as const

/** The side panel and the full-tab queue page: the same views, laid out for their width. */
export function App({ layout }: { layout: Layout }) {
  const rows = useLiveQuery(() => db().workspaces.toArray(), [])
  // Every pull moves a workspace's cursor: that alone must not regroup a 50,000-item queue.
  const workspaces = useKeyed(rows, rows ? JSON.stringify(rows.map(({ cursor: _c, nextMutationId: _n, ...view }) => view)) : '')
  const now = useNow()
  useSlaPolicies()
  const [chosen, setChosen] = useState<TabId | null>(null)
  const byId = useMemo(() => new Map((workspaces ?? []).map((w) => [w.id, w])), [workspaces])
  const roleKey = (workspaces ?? []).map((w) => `${w.id}:${w.role}`).join('|')
  const roleOf = useKeyed(new Map((workspaces ?? []).map((w) => [w.id, w.role as string])), roleKey)

  if (workspaces === undefined)
    return (
      <main class={`page app ${layout}`}>
        <p class="muted pad" role="status">
          {t('loading')}
        </p>
      </main>
    )
  const tabs = tabsFor(workspaces)
  const active = chosen && tabs.includes(chosen) ? chosen : tabs[0]

  return (
    <main class={`page app ${layout}`}>
      <header class="app-header">
        <h1>Relais</h1>
        <nav class="header-links" aria-label={t('navLabel')}>
          {layout === 'panel' && (
            <button type="button" class="link-button" onClick={() => void openQueueTab()}>
              {t('openInTab')}
            </button>
          )}
          <button type="button" class="link-button" onClick={() => void openOptions()}>
            {t('openSettings')}
          </button>
        </nav>
      </header>
      <SyncStatusBar />
      {!active ? (
        <div class="empty pad">
          <DepartureNotices />
          <p>{t('notPaired')}</p>
          <button type="button" class="primary" onClick={() => void openOptions()}>
            {t('pairThisDevice')}
          </button>
        </div>
      ) : (
        <>
          {tabs.length > 1 ? (
            <TabBar tabs={tabs} active={active} onChange={setChosen} roleOf={roleOf} />
          ) : (
            <h2 class="view-title">{t(VIEW_TITLE[active])}</h2>
          )}
          <section
            class="tab-panel"
            id={`panel-${active}`}
            role={tabs.length > 1 ? 'tabpanel' : undefined}
            aria-labelledby={tabs.length > 1 ? `tab-${active}` : undefined}
          >
            {active === 'delegated' ? (
              <DelegatedView mine={byRole(workspaces, 'executive')} workspaces={byId} now={now} />
            ) : active === 'dashboard' ? (
              <DashboardView mine={byRole(workspaces, 'executive')} workspaces={byId} now={now} />
            ) : (
              <QueueView mine={byRole(workspaces, 'assistant')} workspaces={byId} now={now} />
            )}
          </section>
        </>
      )}
    </main>
  )
}
