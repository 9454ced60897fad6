// Alt+Shift+C clips the open message from the keyboard. Matched on the physical key (`code`) so
// it works on any keyboard layout, and ignored while the user types (Gmail's compose and search
// are editable fields where the keys belong to the text).

export function isCaptureShortcut(event: KeyboardEvent): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && !event.repeat && event.code === 'KeyC'
}

const EDITABLE = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])'

/** True when the key went to a text field or an editable region. */
export function isTypingTarget(event: Event): boolean {
  const target = event.composedPath()[0] ?? event.target
  if (!target || typeof (target as Element).closest !== 'function') return false
  const el = target as HTMLElement
  return el.isContentEditable === true || el.closest(EDITABLE) !== null
}
