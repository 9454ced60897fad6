// Turns the Gmail thread on screen into a clip. Pure: reads the document and the URL it is
// given, changes nothing. Every step that cannot find what it needs returns null, so callers
// fall back to a plain page or selection clip instead of saving a wrong one.

import { buildPermalinks, parseGmailUrl, readAccount, subjectFromTitle, threadHexFromHash, type GmailLocation } from './account'
import { readAttachments } from './attachments'
import { readBody } from './body-text'
import { readDate } from './date'
import { readMessageIds, threadHexFromJslog } from './message-id'
import { readRecipients, readSender, showsRecipients } from './people'
import { inlineText } from './text'
import { findSubject, findVisibleThread, isExpanded, listExpandedMessages, messageOf } from './thread'
import { localPermId, normalizeHex, permToHex } from './thread-id'
import { encodeUrlToken } from './url-token'
import type { GmailClip, UnreadField } from './types'
import { readUiLanguage } from './ui-language'
import { isShown } from './visibility'

export type { GmailAttachment, GmailClip, GmailPerson, UnreadField } from './types'
export {
  findMainToolbar,
  findMessageToolbar,
  findReplyButton,
  findSubject,
  findSubjectBar,
  findVisibleThread,
  findVisibleThreads,
  isExpanded,
  listExpandedMessages,
  listMessages,
  messageOf,
} from './thread'
export { readUiLanguage, type UiLanguage } from './ui-language'

/**
 * Clips one message of the visible Gmail thread.
 * @param target an element in the message whose button was pressed (or in the thread, to pick
 *   the thread); without it, the last expanded message of the only visible thread.
 * @returns null when the page is not a Gmail thread we recognize.
 */
export function extractGmailClip(doc: Document, url: string, target?: Element): GmailClip | null {
  const location = parseGmailUrl(url)
  if (!location) return null
  const thread = findVisibleThread(doc, target)
  if (!thread) return null
  const message = pickMessage(thread, target)
  if (!message || !isShown(message) || !isExpanded(message)) return null

  const subjectEl = findSubject(thread)
  const ids = readMessageIds(message)
  const from = readSender(message)
  if (!subjectEl || !ids || !from) return null
  const threadId = readThreadId(subjectEl, message, location)
  if (!threadId) return null

  const account = readAccount(doc, location)
  const unread: UnreadField[] = []
  // A subject Gmail shows but we read as empty is a failure; the tab title repeats it.
  let subject = inlineText(subjectEl)
  if (!subject) {
    subject = subjectFromTitle(doc.title, account)
    unread.push('subject')
  }
  const body = readBody(message, doc.getSelection())
  if (body?.source === 'fallback') unread.push('body')
  const date = readDate(message, readUiLanguage(doc), ids.hex)
  if (date === null) unread.push('date')
  const to = readRecipients(message)
  if (to.length === 0 && showsRecipients(message)) unread.push('to')
  return {
    subject,
    from,
    to,
    date,
    threadId,
    messageId: ids.id,
    account,
    ...buildPermalinks(location, account, linkId(threadId)),
    body: body?.text ?? '',
    bodySource: body?.source ?? 'message',
    attachments: readAttachments(message),
    ...(unread.length > 0 ? { unread } : {}),
  }
}

// A target inside a message names it; a target elsewhere in the thread (the subject bar)
// only names the thread.
function pickMessage(thread: Element, target: Element | undefined): Element | null {
  const targeted = target ? messageOf(target, thread) : null
  if (targeted) return targeted
  return listExpandedMessages(thread).at(-1) ?? null
}

// The subject's attributes name the thread; the body's jslog and the URL are fallbacks. A thread
// just sent from this browser has only its local `thread-a:r…` id until Gmail syncs it.
function readThreadId(subject: Element, message: Element, location: GmailLocation): string | null {
  return (
    normalizeHex(subject.getAttribute('data-legacy-thread-id')) ??
    permToHex(subject.getAttribute('data-thread-perm-id')) ??
    threadHexFromJslog(message) ??
    threadHexFromHash(location.hash) ??
    localPermId(subject.getAttribute('data-thread-perm-id'))
  )
}

/** What `#all/…` takes: the hex id, or for a local id the URL token Gmail itself uses for it. */
function linkId(threadId: string): string {
  return isLocalThreadId(threadId) ? encodeUrlToken(threadId.replace(/^thread-/, '')) : threadId
}

/** A `thread-a:r…` id: the thread was just sent and Gmail has not given it a hex id yet. */
export function isLocalThreadId(threadId: string): boolean {
  return threadId.startsWith('thread-a:')
}
