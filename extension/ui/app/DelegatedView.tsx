import { useMemo, useState } from 'preact/hooks'
import type { WorkspaceRow } from '../../db/types'
import { t } from '../../lib/i18n'
import { useLiveItems } from '../hooks/use-live-items'
import { memberName } from '../members'
import { applyFilters, categoriesOf, delegatedSource, NO_FILTERS, type DelegatedFilters, type StatusFilter } from './delegated-query'
import { DelegatedFiltersBar } from './DelegatedFiltersBar'
import type { ListEntry } from './list-entry'
import { ListWithDetail } from './ListWithDetail'
import { useKeyed } from '../hooks/use-keyed'
import { workspaceKey } from './workspace-key'

type Props = { mine: readonly WorkspaceRow[]; workspaces: ReadonlyMap<string, WorkspaceRow>; now: number }

/** Every item the executive delegated, with who has it, its status and SLA, filterable. */
export function DelegatedView({ mine, workspaces, now }: Props) {
  const [status, setStatus] = useState<StatusFilter>('all')
  const [filters, setFilters] = useState<DelegatedFilters>(NO_FILTERS)
  const mineKeyed = useKeyed(mine, workspaceKey(mine))
  const everyWorkspace = mine.length === workspaces.size
  const { rows, complete } = useLiveItems(
    () =>
      delegatedSource(
        mineKeyed.map((w) => w.id),
        everyWorkspace,
        status,
      ),
    [mineKeyed, everyWorkspace, status],
  )
  const categories = useMemo(() => (rows ? categoriesOf(rows) : []), [rows])
  // The clock only matters to the overdue filter; elsewhere it would refilter 50,000 rows for nothing.
  const clock = filters.overdue ? now : 0
  const entries = useMemo<ListEntry[] | undefined>(() => {
    if (!rows) return undefined
    return applyFilters(rows, filters, clock).map((item) => ({
      kind: 'item',
      item,
      context: memberName(workspaces.get(item.workspaceId), item.meta.assigneeId),
    }))
  }, [rows, filters, clock, workspaces])
  const filtered =
    status !== 'all' || filters.assignee !== 'any' || filters.category !== '' || filters.overdue || filters.search.trim() !== ''

  return (
    <ListWithDetail
      view="delegated"
      label={t('delegatedListLabel')}
      entries={entries}
      workspaces={workspaces}
      now={now}
      empty={filtered ? t('noMatch') : t('delegatedEmpty')}
      loading={t('loading')}
    >
      <DelegatedFiltersBar
        status={status}
        onStatus={setStatus}
        filters={filters}
        onFilters={setFilters}
        workspaces={mine}
        categories={categories}
      />
      {entries && rows && (
        <p class="count" aria-live="polite">
          {!complete
            ? t('loading')
            : entries.length === rows.length
              ? t('itemCount', { count: rows.length })
              : t('itemCountOf', { count: entries.length, total: rows.length })}
        </p>
      )}
    </ListWithDetail>
  )
}
