import { useEffect, useState, type MutableRef } from 'preact/hooks'

/** The element's inner width, kept current as it resizes; `fallback` until it has a layout. */
export function useElementWidth(ref: MutableRef<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback)
  useEffect(() => {
    const el = ref.current
    if (!el) return
    const measure = () => setWidth(el.clientWidth > 0 ? el.clientWidth : fallback)
    measure()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(measure)
    observer.observe(el)
    return () => observer.disconnect()
  }, [ref, fallback])
  return width
}
