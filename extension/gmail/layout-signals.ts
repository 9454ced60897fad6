// What the Gmail page looked like when a capture missed a field, in words from a fixed
// vocabulary: which selector of each list matched, counts, the kind of view. Never text, ids or
// addresses from the page, so the record can be pasted into a public bug report.

import { parseGmailUrl } from './account'
import { SELECTORS, type SelectorList } from './selectors'
import { findVisibleThreads, listMessages } from './thread'
import { readUiLanguage } from './ui-language'

// The views Gmail names in the URL; anything else (labels, searches) is reported as `other`.
const VIEWS = new Set([
  'inbox',
  'all',
  'sent',
  'starred',
  'snoozed',
  'imp',
  'drafts',
  'spam',
  'trash',
  'search',
  'label',
  'category',
  'scheduled',
])

export function layoutSignals(doc: Document, url: string): string[] {
  const signals: string[] = []
  const view = parseGmailUrl(url)?.hash.split(/[/?]/)[0] ?? ''
  signals.push(`view:${view === '' ? 'none' : VIEWS.has(view) ? view : 'other'}`)
  signals.push(`lang:${readUiLanguage(doc) ?? 'other'}`)
  const threads = findVisibleThreads(doc)
  signals.push(`threads:${threads.length}`)
  const thread = threads[0] ?? doc
  signals.push(`subject:${matched(thread, SELECTORS.subject)}`)
  const perm = thread.querySelector('h2[data-thread-perm-id]')?.getAttribute('data-thread-perm-id') ?? ''
  signals.push(
    `thread-perm:${/^thread-[af]:/.test(perm) ? perm.slice(0, 8) : perm === '' ? 'none' : perm === 'undefined' ? 'undefined' : 'other'}`,
  )
  const messages = threads[0] ? listMessages(threads[0]) : []
  signals.push(`messages:${messages.length}`)
  signals.push(`message:${matched(thread, SELECTORS.message)}`)
  signals.push(`body:${matched(thread, SELECTORS.body)}`)
  signals.push(`sender:${matched(thread, SELECTORS.sender)}`)
  signals.push(`date:${matched(thread, SELECTORS.date)}`)
  signals.push(`recipients:${matched(thread, SELECTORS.recipients)}`)
  signals.push(`reply:${matched(thread, SELECTORS.replyButton)}`)
  signals.push(`quote-wrappers:${thread.querySelectorAll('[class*="gmail_quote"]').length}`)
  return signals
}

/** The first selector of the list that matches, or `none`. */
function matched(root: ParentNode, selectors: SelectorList): string {
  return selectors.find((selector) => root.querySelector(selector) !== null) ?? 'none'
}
