// Turns what was read from the page into the ItemContent the background turns into a draft.
// Pure. Every text is cut to the schema's limits here, so a long thread still produces a draft
// instead of a message the background rejects; the result is validated before it leaves.

import * as v from 'valibot'
import { ItemContentSchema, type ItemContent } from '../../shared/schema/content'
import type { GmailClip, GmailPerson } from '../gmail/extract'

/** Limits of shared/schema/content.ts. */
const MAX = {
  title: 500,
  sourceTitle: 1000,
  excerpt: 20_000,
  url: 4096,
  subject: 1000,
  threadId: 64,
  messageId: 200,
  account: 320,
  name: 200,
  email: 320,
  attachmentName: 500,
  attachmentSize: 50,
} as const

/** The draft for a Gmail message: titled by the subject, linking back to the thread. */
export function contentFromClip(clip: GmailClip): ItemContent {
  const subject = cap(clip.subject, MAX.subject)
  return {
    // An empty subject would leave the form without a title; the sender says who it is from.
    title: cap(clip.subject || clip.from.name, MAX.title),
    note: '',
    source: {
      kind: 'gmail',
      url: cap(clip.permalink, MAX.url),
      title: cap(clip.subject, MAX.sourceTitle),
      excerpt: cap(clip.body, MAX.excerpt),
      gmail: {
        threadId: cap(clip.threadId, MAX.threadId),
        messageId: cap(clip.messageId, MAX.messageId),
        // Unknown when the page shows no address; the permalink then uses the page's own path.
        account: cap(clip.account ?? '', MAX.account),
        subject,
        from: person(clip.from),
        to: clip.to.map(person),
        date: clip.date,
        permalink: cap(clip.permalink, MAX.url),
        attachments: clip.attachments.map((a) => ({
          name: cap(a.name, MAX.attachmentName),
          ...(a.size === undefined ? {} : { size: cap(a.size, MAX.attachmentSize) }),
        })),
        ...(clip.unread ? { unread: clip.unread } : {}),
      },
    },
  }
}

export interface PageSnapshot {
  url: string
  title: string
  /** The selected text, trimmed; empty when nothing is selected. */
  selection: string
}

/** The fallback draft: the selection when there is one, else the page's title and link. */
export function fallbackContent(page: PageSnapshot): ItemContent {
  const url = cap(page.url, MAX.url)
  const pageTitle = cap(page.title || page.url, MAX.sourceTitle)
  if (page.selection) {
    return {
      title: cap(firstLine(page.selection), MAX.title),
      note: '',
      source: { kind: 'selection', url, title: pageTitle, excerpt: cap(page.selection, MAX.excerpt) },
    }
  }
  return { title: cap(page.title || page.url, MAX.title), note: '', source: { kind: 'page', url, title: pageTitle } }
}

/** The content as the schema reads it, or null when it does not pass. */
export function validContent(content: unknown): ItemContent | null {
  const parsed = v.safeParse(ItemContentSchema, content)
  return parsed.success ? parsed.output : null
}

/** Cuts `text` to `max` characters, marking the cut, without splitting a surrogate pair. */
export function cap(text: string, max: number): string {
  if (text.length <= max) return text
  let cut = text.slice(0, max - 1)
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1)
  return `${cut}…`
}

function person(p: GmailPerson): GmailPerson {
  return { name: cap(p.name, MAX.name), email: cap(p.email, MAX.email) }
}

function firstLine(text: string): string {
  const line = (text.split('\n')[0] ?? '').trim()
  return cap(line, 120)
}
