import { useMemo } from 'preact/hooks'
import type { ItemRow } from '../../db/types'
import { VirtualList } from '../components/VirtualList'
import { ItemListRow, optionId } from './ItemListRow'
import { itemEntries, type ListEntry } from './list-entry'
import { indexEntries, stepToItem } from './list-navigation'

export const ROW_HEIGHT = 56

type Props = {
  id: string
  label: string
  entries: readonly ListEntry[]
  now: number
  selectedId: string | null
  openId: string | null
  onSelect: (id: string) => void
  onOpen: (id: string) => void
  /** Other keys (the queue's shortcuts) for the selected item; return true when handled. */
  onItemKey?: (key: string, item: ItemRow) => boolean
  contextVisible?: boolean
}

/** A virtualized, keyboard-driven list of items (↑/↓, Home/End, PageUp/PageDown, Enter). */
export function ItemList({ id, label, entries, now, selectedId, openId, onSelect, onOpen, onItemKey, contextVisible = true }: Props) {
  const { rowOf, positionAt } = useMemo(() => indexEntries(entries), [entries])
  const total = useMemo(() => itemEntries(entries), [entries])
  const active = selectedId === null ? -1 : (rowOf.get(selectedId) ?? -1)

  const itemAt = (i: number): ItemRow | null => {
    const e = entries[i]
    return e && e.kind === 'item' ? e.item : null
  }

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10, Home: -Infinity, End: Infinity }
    const step = moves[e.key]
    if (step !== undefined) {
      e.preventDefault()
      const from = Number.isFinite(step) ? active : step > 0 ? -1 : entries.length
      const to = stepToItem(entries, from, Number.isFinite(step) ? step : Math.sign(step))
      const item = itemAt(to)
      if (item) onSelect(item.id)
      return
    }
    const current = itemAt(active)
    if (!current) return
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault()
      onOpen(current.id)
      return
    }
    if (onItemKey?.(e.key.toLowerCase(), current)) e.preventDefault()
  }

  return (
    <VirtualList
      id={id}
      label={label}
      count={entries.length}
      rowHeight={ROW_HEIGHT}
      activeIndex={active}
      activeId={active >= 0 ? optionId(selectedId!) : undefined}
      onKeyDown={onKeyDown}
      renderRow={(i, style) => {
        const entry = entries[i]!
        if (entry.kind === 'header') {
          return (
            <div key={`h-${entry.key}`} class="group-header" role="presentation" aria-hidden="true" style={style}>
              <span>{entry.label}</span> <span class="muted">{entry.count}</span>
            </div>
          )
        }
        return (
          <ItemListRow
            key={entry.item.id}
            item={entry.item}
            context={entry.context}
            contextVisible={contextVisible}
            now={now}
            selected={entry.item.id === selectedId}
            open={entry.item.id === openId}
            position={positionAt[i]!}
            total={total}
            style={style}
            onClick={() => {
              onSelect(entry.item.id)
              onOpen(entry.item.id)
            }}
          />
        )
      }}
    />
  )
}
