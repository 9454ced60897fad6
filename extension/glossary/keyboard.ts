// Keyboard access: Alt+Shift+G moves through the terms visible on screen, in
// reading order, showing each one's tooltip; Tab then moves into the tooltip
// (its link, "I know this term"); Escape closes it. Until Tab, focus stays
// where it was: the page keeps its keyboard.
import { firstBox } from './caret'
import type { NodeMatch } from './match-store'

export interface Visible {
  readonly node: Text
  readonly match: NodeMatch
  readonly rect: DOMRect
}

export interface KeyboardHandlers {
  /** The first piece of every match painted near the viewport (a superset of those on screen). */
  candidates(): Iterable<NodeMatch>
  show(item: Visible): void
  close(): boolean
  /** Tab while a keyboard-opened tooltip shows: move focus into it. True if it took focus. */
  enter?(): boolean
}

/** The shortcut: physical key G, so it works on every layout and with Alt on macOS. */
export function isCycleShortcut(e: KeyboardEvent): boolean {
  return e.code === 'KeyG' && e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey
}

export class KeyboardCycler {
  private current: { node: Text; start: number } | null = null
  private readonly onKey = (e: KeyboardEvent) => {
    if (!e.isTrusted) return
    if (e.key === 'Escape') {
      this.current = null
      this.handlers.close()
      return
    }
    if (e.key === 'Tab' && !e.shiftKey && this.current !== null && this.handlers.enter?.()) {
      e.preventDefault()
      return
    }
    if (!isCycleShortcut(e)) return
    e.preventDefault()
    this.next()
  }

  constructor(
    private readonly win: Window,
    private readonly handlers: KeyboardHandlers,
  ) {}

  start(): void {
    this.win.addEventListener('keydown', this.onKey, { capture: true })
  }

  stop(): void {
    this.win.removeEventListener('keydown', this.onKey, { capture: true })
  }

  reset(): void {
    this.current = null
  }

  /** Shows the next visible term after the current one, wrapping round. */
  next(): Visible | null {
    const items = this.visible()
    if (items.length === 0) {
      this.current = null
      return null
    }
    const at = this.current === null ? -1 : items.findIndex((i) => i.node === this.current!.node && i.match.start === this.current!.start)
    const item = items[(at + 1) % items.length]!
    this.current = { node: item.node, start: item.match.start }
    this.handlers.show(item)
    return item
  }

  /** Terms on screen now, top to bottom then left to right. */
  visible(): Visible[] {
    const width = this.win.innerWidth
    const height = this.win.innerHeight
    const out: Visible[] = []
    for (const match of this.handlers.candidates()) {
      const node = match.node
      const rect = firstBox(node, match)
      if (rect === null || rect.width === 0 || rect.bottom <= 0 || rect.top >= height || rect.right <= 0 || rect.left >= width) continue
      out.push({ node, match, rect })
    }
    return out.sort((a, b) => a.rect.top - b.rect.top || a.rect.left - b.rect.left)
  }
}
