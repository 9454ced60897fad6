import { db } from '../../db/database'
import { t } from '../../lib/i18n'
import { useLiveQuery } from '../hooks/use-live-query'
import type { TabId } from './tabs'

const TAB_LABEL = { delegated: 'tabDelegated', queue: 'tabQueue', dashboard: 'tabDashboard' } as const

type Props = { tabs: readonly TabId[]; active: TabId; onChange: (tab: TabId) => void; roleOf: ReadonlyMap<string, string> }

/** Tabs with the count of items changed by someone else since the user last looked. */
export function TabBar({ tabs, active, onChange, roleOf }: Props) {
  const unseen = useLiveQuery(async () => {
    const counts = { delegated: 0, queue: 0 }
    await db()
      .items.where('unseen')
      .equals(1)
      .each((i) => {
        const role = roleOf.get(i.workspaceId)
        if (role === 'executive') counts.delegated++
        else if (role === 'assistant') counts.queue++
      })
    return counts
  }, [roleOf])
  const onKeyDown = (e: KeyboardEvent) => {
    const i = tabs.indexOf(active)
    const next =
      e.key === 'ArrowRight' ? tabs[(i + 1) % tabs.length] : e.key === 'ArrowLeft' ? tabs[(i - 1 + tabs.length) % tabs.length] : undefined
    if (!next) return
    e.preventDefault()
    onChange(next)
    requestAnimationFrame(() => document.getElementById(`tab-${next}`)?.focus())
  }
  return (
    <div class="tabs" role="tablist" aria-label={t('viewsLabel')} onKeyDown={onKeyDown}>
      {tabs.map((tab) => {
        const count = tab === 'dashboard' ? 0 : (unseen?.[tab] ?? 0)
        return (
          <button
            key={tab}
            id={`tab-${tab}`}
            type="button"
            role="tab"
            aria-selected={tab === active}
            aria-controls={`panel-${tab}`}
            tabIndex={tab === active ? 0 : -1}
            onClick={() => onChange(tab)}
          >
            {t(TAB_LABEL[tab])}
            {count > 0 && (
              // A bare span's aria-label is not read: the number is shown, the sentence is spoken.
              <span class="tab-count">
                <span aria-hidden="true">{count}</span>
                <span class="sr-only">{t('changedCount', { count })}</span>
              </span>
            )}
          </button>
        )
      })}
    </div>
  )
}
