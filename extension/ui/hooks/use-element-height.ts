import { useEffect, useState, type MutableRef } from 'preact/hooks'

/**
 * The element's inner height, kept current as it resizes. Falls back to `fallback` while the
 * element has no layout yet (and in test DOMs without layout), so a list still renders a window.
 */
export function useElementHeight(ref: MutableRef<HTMLElement | null>, fallback: number): number {
  const [height, setHeight] = useState(fallback)
  useEffect(() => {
    const el = ref.current
    if (!el) return
    const measure = () => setHeight(el.clientHeight > 0 ? el.clientHeight : fallback)
    measure()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(measure)
    observer.observe(el)
    return () => observer.disconnect()
  }, [ref, fallback])
  return height
}
