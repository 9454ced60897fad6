import { useId } from 'preact/hooks'
import { STATUSES } from '../../../shared/schema/item'
import type { WorkspaceRow } from '../../db/types'
import { t } from '../../lib/i18n'
import { STATUS_LABEL } from '../labels'
import { assignableMembers } from '../members'
import type { DelegatedFilters, StatusFilter } from './delegated-query'

type Props = {
  status: StatusFilter
  onStatus: (s: StatusFilter) => void
  filters: DelegatedFilters
  onFilters: (f: DelegatedFilters) => void
  workspaces: readonly WorkspaceRow[]
  categories: readonly string[]
}

/** Search over title and note, and filters by status, assignee, category and lateness. */
export function DelegatedFiltersBar({ status, onStatus, filters, onFilters, workspaces, categories }: Props) {
  const ids = { search: useId(), status: useId(), assignee: useId(), category: useId() }
  const set = (patch: Partial<DelegatedFilters>) => onFilters({ ...filters, ...patch })
  const members = workspaces.flatMap((ws) =>
    assignableMembers(ws)
      .filter((m) => m.role === 'assistant')
      .map((m) => ({ id: m.id, name: workspaces.length > 1 ? `${m.displayName} (${ws.name})` : m.displayName })),
  )
  return (
    <div class="filters" role="search">
      <div class="field grow">
        <label for={ids.search} class="sr-only">
          {t('searchLabel')}
        </label>
        <input
          id={ids.search}
          type="search"
          placeholder={t('searchPlaceholder')}
          value={filters.search}
          onInput={(e) => set({ search: e.currentTarget.value })}
        />
      </div>
      <div class="field inline">
        <label for={ids.status}>{t('fieldStatus')}</label>
        <select id={ids.status} value={status} onChange={(e) => onStatus(e.currentTarget.value as StatusFilter)}>
          <option value="all">{t('filterAll')}</option>
          <option value="open">{t('filterOpen')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(STATUS_LABEL[s])}
            </option>
          ))}
        </select>
      </div>
      <div class="field inline">
        <label for={ids.assignee}>{t('fieldAssignee')}</label>
        <select id={ids.assignee} value={filters.assignee} onChange={(e) => set({ assignee: e.currentTarget.value })}>
          <option value="any">{t('filterAnyone')}</option>
          <option value="none">{t('unassigned')}</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </div>
      <div class="field inline">
        <label for={ids.category}>{t('fieldCategory')}</label>
        <select id={ids.category} value={filters.category} onChange={(e) => set({ category: e.currentTarget.value })}>
          <option value="">{t('filterAny')}</option>
          {categories.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </div>
      <label class="inline-check">
        <input type="checkbox" checked={filters.overdue} onChange={(e) => set({ overdue: e.currentTarget.checked })} /> {t('filterOverdue')}
      </label>
    </div>
  )
}
