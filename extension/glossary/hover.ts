// Finds the term under the pointer. Highlights get no events, so the pointer's
// position is looked up at most once a frame: caret under the point, then
// that text node's own matches.
import { matchAt, type Hit } from './caret'
import type { MatchStore } from './match-store'
import type { Point } from './position'

export interface HoverHandlers {
  onHit(hit: Hit, pointer: Point): void
  /** The pointer is on no term (and not on the tooltip). */
  onMiss(): void
  /** Is this event target our own UI (the tooltip's host)? */
  isOwn(target: EventTarget | null): boolean
}

export class HoverWatcher {
  private frame = 0
  private last: { x: number; y: number; target: EventTarget | null } | null = null
  private readonly onMove = (e: PointerEvent) => {
    // Synthetic events are the page's, not the reader's.
    if (!e.isTrusted || e.pointerType === 'touch') return
    this.last = { x: e.clientX, y: e.clientY, target: e.target }
    if (this.frame === 0) this.frame = requestAnimationFrame(() => this.check())
  }

  constructor(
    private readonly doc: Document,
    private readonly store: MatchStore,
    private readonly handlers: HoverHandlers,
  ) {}

  start(): void {
    this.doc.addEventListener('pointermove', this.onMove, { capture: true, passive: true })
  }

  stop(): void {
    this.doc.removeEventListener('pointermove', this.onMove, { capture: true })
    if (this.frame !== 0) cancelAnimationFrame(this.frame)
    this.frame = 0
  }

  private check(): void {
    this.frame = 0
    const at = this.last
    if (at === null || this.handlers.isOwn(at.target)) return
    const hit = matchAt(this.doc, this.store, at.x, at.y)
    if (hit) this.handlers.onHit(hit, { x: at.x, y: at.y })
    else this.handlers.onMiss()
  }
}
