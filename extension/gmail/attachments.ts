// Attachment cards under a message: the name is shown in `.aV3` and repeated in the
// `download_url` attribute (`mime:name:url`, Chrome only); the size label is Gmail's own text.

import { SELECTORS, queryAllFirst, queryFirst } from './selectors'
import { inlineText } from './text'
import type { GmailAttachment } from './types'

export function readAttachments(message: Element): GmailAttachment[] {
  const found: GmailAttachment[] = []
  for (const card of queryAllFirst(message, SELECTORS.attachment)) {
    const nameEl = queryFirst(card, SELECTORS.attachmentName)
    const name = (nameEl ? inlineText(nameEl) : '') || nameFromDownloadUrl(card.getAttribute('download_url'))
    if (!name) continue
    const sizeEl = queryFirst(card, SELECTORS.attachmentSize)
    const size = sizeEl ? inlineText(sizeEl) : ''
    found.push(size ? { name, size } : { name })
  }
  return found
}

/** The file name inside `mime:name:url`; names may hold colons, the URL starts at `:http`. */
export function nameFromDownloadUrl(value: string | null): string {
  if (!value) return ''
  const afterMime = value.indexOf(':')
  const urlStart = value.search(/:https?:\/\//)
  if (afterMime < 0 || urlStart <= afterMime) return ''
  return value.slice(afterMime + 1, urlStart).trim()
}
