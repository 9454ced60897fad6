import { useState } from 'preact/hooks'
import type { Status } from '../../../shared/schema/item'
import type { ItemRow, WorkspaceRow } from '../../db/types'
import { t } from '../../lib/i18n'
import { setStatus } from '../../sync/outbox'
import { allowedStatuses } from './permissions'
import { moveLabel, SHORTCUT_OF } from './status-actions'

type Props = { item: ItemRow; ws: WorkspaceRow; moves: readonly Status[]; showShortcuts?: boolean; onError?: (message: string) => void }

/** Only the moves this member may make from the item's current status. */
export function StatusActions({ item, ws, moves, showShortcuts = false, onError }: Props) {
  const [busy, setBusy] = useState(false)
  const allowed = allowedStatuses(item, ws, moves)
  if (allowed.length === 0) return null
  const move = async (to: Status) => {
    setBusy(true)
    try {
      await setStatus(item.workspaceId, item.id, to)
    } catch (err) {
      onError?.(err instanceof Error ? err.message : String(err))
    } finally {
      setBusy(false)
    }
  }
  return (
    <div class="actions" role="group" aria-label={t('actionsLabel')}>
      {allowed.map((to) => {
        const key = showShortcuts ? SHORTCUT_OF[to] : undefined
        return (
          <button
            key={to}
            type="button"
            class={to === 'cancelled' ? 'danger' : to === 'done' ? 'primary' : ''}
            disabled={busy}
            aria-keyshortcuts={key}
            onClick={() => void move(to)}
          >
            {t(moveLabel(item.status, to))}
            {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: the kbd is not focusable; the button carries aria-keyshortcuts. */}
            {key && <kbd aria-hidden="true">{key}</kbd>}
          </button>
        )
      })}
    </div>
  )
}
