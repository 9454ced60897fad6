// When the tooltip opens and closes: on a hovered term (staying put while the
// pointer stays on it), on the keyboard's current term, closed a moment after
// the pointer leaves unless it went onto the tooltip (to reach its link), and
// closed at once on Escape or scroll.
import type { Lang } from '../../shared/schema/glossary'
import type { Hit } from './caret'
import type { Visible } from './keyboard'
import type { Marker } from './marker'
import type { Point } from './position'
import type { TermView } from './term-view'
import { Tooltip } from './tooltip'

/** Leaving a term closes its tooltip after this, unless the pointer reached the tooltip. */
const HIDE_DELAY_MS = 300

export class TooltipPresenter {
  readonly tooltip: Tooltip
  private hideTimer: ReturnType<typeof setTimeout> | null = null
  private overTooltip = false
  private anchor: string | null = null
  /** Where focus was before the keyboard reader moved into the tooltip: it goes back there. */
  private returnFocus: HTMLElement | null = null

  constructor(
    private readonly doc: Document,
    readerLang: Lang,
    private readonly views: ReadonlyMap<string, TermView>,
    private readonly marker: Marker,
    private readonly onClosed: () => void,
    onKnown?: (termId: string) => void,
  ) {
    this.tooltip = new Tooltip(doc, readerLang, {
      onPointerEnter: () => {
        this.overTooltip = true
        this.cancelHide()
      },
      onPointerLeave: () => {
        this.overTooltip = false
        this.hideSoon()
      },
      ...(onKnown
        ? {
            onKnown: (termId: string) => {
              this.overTooltip = false
              this.close()
              onKnown(termId)
            },
          }
        : {}),
    })
  }

  /** Tab after Alt+Shift+G: focus moves into the open tooltip, to its link or "I know this term". */
  enter(): boolean {
    if (!this.tooltip.isOpen || this.tooltip.hasFocus) return false
    const active = this.doc.activeElement
    this.returnFocus = active instanceof HTMLElement ? active : null
    return this.tooltip.focusControl()
  }

  isOwn(target: EventTarget | null): boolean {
    return target !== null && target === this.tooltip.element
  }

  showHit(hit: Hit, pointer: Point): void {
    const view = this.views.get(hit.match.termId)
    if (view === undefined) return
    this.cancelHide()
    // Still on the same term: leave the tooltip where it is (no layout per pointer move).
    const anchor = `${view.id}@${hit.rect.left},${hit.rect.top}`
    if (this.tooltip.isOpen && anchor === this.anchor) return
    this.anchor = anchor
    this.tooltip.show(view, hit.rect, pointer)
  }

  showVisible(item: Visible): void {
    const view = this.views.get(item.match.termId)
    if (view === undefined) return
    this.cancelHide()
    this.marker.focus(item.match)
    this.anchor = null
    this.tooltip.show(view, item.rect, null)
  }

  close(): boolean {
    this.cancelHide()
    const wasOpen = this.tooltip.isOpen
    const hadFocus = this.tooltip.hasFocus
    this.tooltip.hide()
    if (hadFocus) this.returnFocus?.focus()
    this.returnFocus = null
    this.marker.focus(null)
    this.onClosed()
    return wasOpen
  }

  hideSoon(): void {
    if (this.hideTimer !== null || !this.tooltip.isOpen || this.overTooltip) return
    this.hideTimer = setTimeout(() => {
      this.hideTimer = null
      if (!this.overTooltip) this.close()
    }, HIDE_DELAY_MS)
  }

  dispose(): void {
    this.cancelHide()
    this.tooltip.dispose()
  }

  private cancelHide(): void {
    if (this.hideTimer !== null) clearTimeout(this.hideTimer)
    this.hideTimer = null
  }
}
