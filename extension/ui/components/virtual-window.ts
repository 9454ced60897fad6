/** Which rows a scrolled viewport shows, plus `overscan` rows either side for smooth scrolling. */
export function visibleRange(
  count: number,
  rowHeight: number,
  scrollTop: number,
  viewport: number,
  overscan: number,
): { start: number; end: number } {
  const first = Math.floor(scrollTop / rowHeight)
  const shown = Math.ceil(viewport / rowHeight) + 1
  const start = Math.max(0, first - overscan)
  const end = Math.min(count, first + shown + overscan)
  return { start, end: Math.max(start, end) }
}

/** The scroll position that brings row `index` fully into view, or null when it already is. */
export function scrollToReveal(index: number, rowHeight: number, scrollTop: number, viewport: number): number | null {
  const top = index * rowHeight
  if (top < scrollTop) return top
  if (top + rowHeight > scrollTop + viewport) return top + rowHeight - viewport
  return null
}
