// Turns the Gmail thread on screen into a clip. Pure: reads the document and the URL it is
// given, changes nothing. Every step that cannot find what it needs returns null, so callers
// fall back to a plain page or selection clip instead of saving a wrong one.

import { buildPermalinks, parseGmailUrl, readAccount, threadHexFromHash, type GmailLocation } from './account'
import { readAttachments } from './attachments'
import { readBody } from './body-text'
import { readDate } from './date'
import { readMessageIds, threadHexFromJslog } from './message-id'
import { readRecipients, readSender } from './people'
import { inlineText } from './text'
import {
  findSubject, findVisibleThread, isExpanded, listExpandedMessages, messageOf,
} from './thread'
import { normalizeHex, permToHex } from './thread-id'
import type { GmailClip } from './types'
import { readUiLanguage } from './ui-language'
import { isShown } from './visibility'

export type { GmailAttachment, GmailClip, GmailPerson } from './types'
export {
  findMainToolbar, findMessageToolbar, findReplyButton, findSubject, findSubjectBar, findVisibleThread,
  findVisibleThreads, isExpanded, listExpandedMessages, listMessages, messageOf,
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
  const body = readBody(message, doc.getSelection())
  if (!subjectEl || !ids || !from || !body) return null
  const threadId = readThreadId(subjectEl, message, location)
  if (!threadId) return null

  const account = readAccount(doc, location)
  return {
    subject: inlineText(subjectEl),
    from,
    to: readRecipients(message),
    date: readDate(message, readUiLanguage(doc), ids.hex),
    threadId,
    messageId: ids.id,
    account,
    ...buildPermalinks(location, account, threadId),
    body: body.text,
    bodySource: body.source,
    attachments: readAttachments(message),
  }
}

// A target inside a message names it; a target elsewhere in the thread (the subject bar)
// only names the thread.
function pickMessage(thread: Element, target: Element | undefined): Element | null {
  const targeted = target ? messageOf(target, thread) : null
  if (targeted) return targeted
  return listExpandedMessages(thread).at(-1) ?? null
}

// The subject's attributes name the thread; the body's jslog and the URL are fallbacks.
function readThreadId(subject: Element, message: Element, location: GmailLocation): string | null {
  return normalizeHex(subject.getAttribute('data-legacy-thread-id'))
    ?? permToHex(subject.getAttribute('data-thread-perm-id'))
    ?? threadHexFromJslog(message)
    ?? threadHexFromHash(location.hash)
}
