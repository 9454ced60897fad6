import { useEffect, useState, type MutableRef } from 'preact/hooks'

/**
 * One of the element's inner dimensions, kept current as it resizes. Falls back to `fallback`
 * while the element has no layout yet (and in test DOMs without layout), so a list still renders
 * a window and a chart still draws.
 */
export function useElementSize(ref: MutableRef<HTMLElement | null>, dimension: 'clientHeight' | 'clientWidth', fallback: number): number {
  const [size, setSize] = useState(fallback)
  useEffect(() => {
    const el = ref.current
    if (!el) return
    const measure = () => setSize(el[dimension] > 0 ? el[dimension] : fallback)
    measure()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(measure)
    observer.observe(el)
    return () => observer.disconnect()
  }, [ref, dimension, fallback])
  return size
}
