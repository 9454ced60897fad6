import type { ComponentChildren } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import type { ItemRow, WorkspaceRow } from '../../db/types'
import { ItemDetail, type ViewKind } from '../item/ItemDetail'
import { ItemList } from './ItemList'
import type { ListEntry } from './list-entry'

type Props = {
  view: ViewKind
  label: string
  entries: readonly ListEntry[] | undefined
  workspaces: ReadonlyMap<string, WorkspaceRow>
  now: number
  empty: string
  loading: string
  onItemKey?: (key: string, item: ItemRow) => boolean
  contextVisible?: boolean
  children?: ComponentChildren
}

/** In a narrow side panel the detail replaces the list; focus follows so the keyboard does too. */
const narrow = () => typeof matchMedia === 'function' && matchMedia('(max-width: 759px)').matches

function focusLater(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus())
}

/** Escape closes the open item (focus goes back to the list), unless a control used the key. */
export function closeOnEscape(e: KeyboardEvent, close: () => void): void {
  if (e.key !== 'Escape' || e.defaultPrevented) return
  e.preventDefault()
  close()
}

/** A list (left, or alone when narrow) and the opened item's detail (right, or instead). */
export function ListWithDetail({ view, label, entries, workspaces, now, empty, loading, onItemKey, contextVisible, children }: Props) {
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [openId, setOpenId] = useState<string | null>(null)
  const listId = `${view}-list`
  const detailId = `${view}-detail`

  const open = (id: string) => {
    setSelectedId(id)
    setOpenId(id)
    if (narrow()) focusLater(detailId)
  }
  const close = () => {
    setOpenId(null)
    focusLater(listId)
  }

  // An action can remove the control that had focus (Done replaces the status buttons), and the
  // focus falls to the page: Escape from there still closes the open item.
  useEffect(() => {
    if (!openId) return
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || document.activeElement !== document.body) return
      e.preventDefault()
      setOpenId(null)
      focusLater(listId)
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [openId, listId])

  return (
    <div class={`list-with-detail${openId ? ' has-detail' : ''}`}>
      <div class="list-pane">
        {children}
        {entries === undefined ? (
          <p class="muted pad" role="status">
            {loading}
          </p>
        ) : entries.length === 0 ? (
          <p class="muted pad">{empty}</p>
        ) : (
          <ItemList
            id={listId}
            label={label}
            entries={entries}
            now={now}
            selectedId={selectedId}
            openId={openId}
            onSelect={setSelectedId}
            onOpen={open}
            onItemKey={onItemKey}
            contextVisible={contextVisible}
          />
        )}
      </div>
      {openId && (
        // biome-ignore lint/a11y/noStaticElementInteractions: Escape from any control inside the open item closes it
        <div class="detail-pane" id={detailId} tabIndex={-1} onKeyDown={(e) => closeOnEscape(e, close)}>
          <ItemDetail itemId={openId} workspaces={workspaces} view={view} now={now} onClose={close} />
        </div>
      )}
    </div>
  )
}
