// The inline message shown when a capture cannot go through: what happened, and what the user
// can do instead. Built with DOM calls and textContent only (Gmail enforces Trusted Types, and
// nothing page-derived must ever be parsed as markup).

export interface NoticeAction {
  label: string
  run: () => void
  /** Closes the notice before running. */
  dismiss?: boolean
}

export interface Notice {
  message: string
  actions: NoticeAction[]
}

/** Anything that can show a notice: a Relais button, or the floating toast. */
export interface NoticeSurface {
  showNotice(notice: Notice): void
  clearNotice(): void
}

/** The notice panel; `wire` attaches the (guarded) click handling to each action button. */
export function buildNotice(doc: Document, notice: Notice, wire: (control: HTMLButtonElement, action: NoticeAction) => void): HTMLElement {
  const panel = doc.createElement('div')
  panel.className = 'relais-notice'
  panel.setAttribute('role', 'alert')
  const text = doc.createElement('p')
  text.textContent = notice.message
  panel.append(text)
  for (const action of notice.actions) {
    const control = doc.createElement('button')
    control.type = 'button'
    control.textContent = action.label
    if (action.dismiss) control.className = 'relais-dismiss'
    wire(control, action)
    panel.append(control)
  }
  return panel
}
