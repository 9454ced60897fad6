import type { JSX, VNode } from 'preact'
import { useEffect, useRef, useState } from 'preact/hooks'
import { useElementSize } from '../hooks/use-element-size'
import { scrollToReveal, visibleRange } from './virtual-window'

type Props = {
  count: number
  rowHeight: number
  /** Renders row `index`; the row must apply `style` (its absolute position). */
  renderRow: (index: number, style: JSX.CSSProperties) => VNode
  label: string
  /** The row the keyboard is on; kept in view. */
  activeIndex: number
  activeId?: string
  onKeyDown?: (event: KeyboardEvent) => void
  overscan?: number
  id?: string
}

/**
 * A listbox that renders only the rows in view (fixed height rows), so 50,000 items cost the
 * same as 20. Focus stays on the listbox; `aria-activedescendant` names the active option.
 */
export function VirtualList({ count, rowHeight, renderRow, label, activeIndex, activeId, onKeyDown, overscan = 6, id }: Props) {
  const ref = useRef<HTMLDivElement | null>(null)
  const viewport = useElementSize(ref, 'clientHeight', 600)
  const [scrollTop, setScrollTop] = useState(0)

  useEffect(() => {
    const el = ref.current
    if (!el || activeIndex < 0) return
    const next = scrollToReveal(activeIndex, rowHeight, el.scrollTop, viewport)
    if (next !== null) {
      el.scrollTop = next
      setScrollTop(next)
    }
  }, [activeIndex, rowHeight, viewport])

  const { start, end } = visibleRange(count, rowHeight, scrollTop, viewport, overscan)
  const rows: VNode[] = []
  for (let i = start; i < end; i++)
    rows.push(renderRow(i, { position: 'absolute', top: `${i * rowHeight}px`, height: `${rowHeight}px`, left: 0, right: 0 }))

  return (
    <div
      ref={ref}
      id={id}
      class="virtual-list"
      role="listbox"
      tabIndex={0}
      aria-label={label}
      aria-activedescendant={activeId}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
    >
      <div class="virtual-list-inner" role="presentation" style={{ height: `${count * rowHeight}px` }}>
        {rows}
      </div>
    </div>
  )
}
