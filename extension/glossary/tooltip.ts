// The tooltip: one host element with a random name on <html>, a CLOSED shadow
// root (the page cannot reach into it: host.shadowRoot is null), content made
// with DOM calls only. It never takes focus by itself (only when the keyboard
// reader asks, with Tab after Alt+Shift+G), and it is shown beside the term,
// never under the pointer.
import type { Lang } from '../../shared/schema/glossary'
import { placeTooltip, type Point, type Rect } from './position'
import type { TermView } from './term-view'
import { tooltipContent } from './tooltip-content'
import { TOOLTIP_CSS } from './tooltip-style'

export interface TooltipHooks {
  /** The pointer entered the tooltip (to reach its link): keep it open. */
  readonly onPointerEnter?: () => void
  readonly onPointerLeave?: () => void
  /** "I know this term" was pressed (trusted click); without it, no such button. */
  readonly onKnown?: (termId: string) => void
}

export class Tooltip {
  private host: HTMLElement | null = null
  private box: HTMLDivElement | null = null
  private current: string | null = null

  constructor(
    private readonly doc: Document,
    private readonly readerLang: Lang,
    private readonly hooks: TooltipHooks = {},
  ) {}

  /** The host element, once created: the walk skips it. */
  get element(): HTMLElement | null {
    return this.host
  }

  get isOpen(): boolean {
    return this.box !== null && !this.box.hidden
  }

  /** The term shown now, or null. */
  get termId(): string | null {
    return this.isOpen ? this.current : null
  }

  show(view: TermView, anchor: Rect, pointer: Point | null): void {
    const box = this.ensureBox()
    if (this.current !== view.id || box.hidden) {
      box.replaceChildren(tooltipContent(this.doc, view, this.readerLang, this.hooks.onKnown))
      box.setAttribute('lang', view.lang)
      this.current = view.id
    }
    // Measured invisibly first, then placed: its size depends on the text.
    box.style.visibility = 'hidden'
    box.hidden = false
    box.style.left = '0px'
    box.style.top = '0px'
    const size = box.getBoundingClientRect()
    const win = this.doc.defaultView
    const viewport = { width: win?.innerWidth ?? size.width, height: win?.innerHeight ?? size.height }
    const at = placeTooltip(anchor, { width: size.width, height: size.height }, viewport, pointer)
    box.style.left = `${Math.round(at.left)}px`
    box.style.top = `${Math.round(at.top)}px`
    box.style.visibility = 'visible'
  }

  /** Moves focus to the tooltip's first control (the keyboard reader asked). False if none. */
  focusControl(): boolean {
    const control = this.isOpen ? this.box?.querySelector<HTMLElement>('button, a[href]') : null
    if (!control) return false
    control.focus()
    return true
  }

  /** Does the tooltip hold the focus? */
  get hasFocus(): boolean {
    return this.host !== null && this.doc.activeElement === this.host
  }

  hide(): void {
    if (this.box === null || this.box.hidden) return
    this.box.hidden = true
    this.current = null
  }

  dispose(): void {
    this.host?.remove()
    this.host = null
    this.box = null
    this.current = null
  }

  private ensureBox(): HTMLDivElement {
    if (this.host !== null && this.box !== null) {
      // The page may have rebuilt <html>'s children: put the host back.
      if (!this.host.isConnected) this.doc.documentElement.append(this.host)
      return this.box
    }
    const host = this.doc.createElement(randomTagName())
    // Inline and important: a page rule aimed at our host cannot move or hide it.
    for (const [name, value] of [
      ['all', 'initial'],
      ['position', 'fixed'],
      ['top', '0'],
      ['left', '0'],
      ['width', '0'],
      ['height', '0'],
      ['z-index', '2147483647'],
      ['display', 'block'],
    ] as const) {
      host.style.setProperty(name, value, 'important')
    }
    const root = host.attachShadow({ mode: 'closed' })
    adoptStyle(this.doc, root, TOOLTIP_CSS)
    const box = this.doc.createElement('div')
    box.className = 'tip'
    box.setAttribute('role', 'tooltip')
    box.setAttribute('aria-live', 'polite')
    box.hidden = true
    root.append(box)
    host.addEventListener('pointerenter', () => this.hooks.onPointerEnter?.())
    host.addEventListener('pointerleave', () => this.hooks.onPointerLeave?.())
    this.doc.documentElement.append(host)
    this.host = host
    this.box = box
    return box
  }
}

/** A constructed sheet where the browser allows it (no <style> node, no CSP question), else a <style> with textContent. */
function adoptStyle(doc: Document, root: ShadowRoot, css: string): void {
  try {
    const Sheet = doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet
    const sheet = new Sheet()
    sheet.replaceSync(css)
    root.adoptedStyleSheets = [sheet]
    return
  } catch {
    // fall through
  }
  const style = doc.createElement('style')
  style.textContent = css
  root.append(style)
}

/** A valid custom element name no page can guess in advance. */
function randomTagName(): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz'
  const bytes = crypto.getRandomValues(new Uint8Array(12))
  let name = ''
  for (let i = 0; i < bytes.length; i++) name += (i === 6 ? '-' : '') + letters[bytes[i]! % 26]
  return name
}
