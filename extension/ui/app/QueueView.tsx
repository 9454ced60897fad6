import { useId, useMemo, useState } from 'preact/hooks'
import type { ItemRow, WorkspaceRow } from '../../db/types'
import { t } from '../../lib/i18n'
import { setStatus } from '../../sync/outbox'
import { useLiveItems } from '../hooks/use-live-items'
import { openUrl } from '../open-page'
import { sourceUrl } from '../safe-url'
import { allowedStatuses } from '../item/permissions'
import { QUEUE_SHORTCUTS } from '../item/status-actions'
import { itemEntries } from './list-entry'
import { ListWithDetail } from './ListWithDetail'
import { groupQueue, QUEUE_SCOPES, queueSource, type QueueScope } from './queue-query'
import { useKeyed } from '../hooks/use-keyed'
import { workspaceKey } from './workspace-key'

const SCOPE_LABEL = { mine: 'scopeMine', open: 'scopeOpen', closed: 'scopeClosed' } as const

type Props = { mine: readonly WorkspaceRow[]; workspaces: ReadonlyMap<string, WorkspaceRow>; now: number }

/** The assistant's live queue: grouped by executive, in due-time-then-priority order. */
export function QueueView({ mine, workspaces, now }: Props) {
  const scopeId = useId()
  const [scope, setScope] = useState<QueueScope>('mine')
  const [error, setError] = useState<string | null>(null)
  const mineKeyed = useKeyed(mine, workspaceKey(mine))
  const { rows: items, complete } = useLiveItems(() => queueSource(mineKeyed, scope), [mineKeyed, scope])
  const entries = useMemo(() => (items ? groupQueue(items, workspaces) : undefined), [items, workspaces])

  // One key per move, straight from the list: the fastest way through a morning's queue.
  const onItemKey = (key: string, item: ItemRow): boolean => {
    if (key === 'o') {
      const url = item.content ? sourceUrl(item.content.source) : null
      if (url) void openUrl(url)
      return true
    }
    const to = QUEUE_SHORTCUTS[key]
    const ws = workspaces.get(item.workspaceId)
    if (!to || !ws) return false
    if (allowedStatuses(item, ws, [to]).length === 0) return true
    setError(null)
    setStatus(item.workspaceId, item.id, to).catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)))
    return true
  }

  return (
    <ListWithDetail
      view="queue"
      label={t('queueListLabel')}
      entries={entries}
      workspaces={workspaces}
      now={now}
      empty={scope === 'closed' ? t('queueEmptyClosed') : t('queueEmpty')}
      loading={t('loading')}
      onItemKey={onItemKey}
      contextVisible={false}
    >
      <div class="toolbar">
        <div class="field inline">
          <label for={scopeId}>{t('scopeLabel')}</label>
          <select id={scopeId} value={scope} onChange={(e) => setScope(e.currentTarget.value as QueueScope)}>
            {QUEUE_SCOPES.map((s) => (
              <option key={s} value={s}>
                {t(SCOPE_LABEL[s])}
              </option>
            ))}
          </select>
        </div>
        {entries && (
          <span class="count" aria-live="polite">
            {complete ? t('itemCount', { count: itemEntries(entries) }) : t('loading')}
          </span>
        )}
      </div>
      <p class="key-hints" id="queue-key-hints">
        <kbd>↑</kbd>
        <kbd>↓</kbd> {t('hintMove')} · <kbd>Enter</kbd> {t('hintOpen')} · <kbd>A</kbd> {t('actAcknowledge')} · <kbd>S</kbd> {t('actStart')}{' '}
        · <kbd>W</kbd> {t('actWait')} · <kbd>D</kbd> {t('actDone')} · <kbd>O</kbd> {t('hintSource')} · <kbd>Esc</kbd> {t('hintClose')}
      </p>
      {error && (
        <p class="error-note" role="alert">
          {t('errorPrefix')} {error}
        </p>
      )}
    </ListWithDetail>
  )
}
