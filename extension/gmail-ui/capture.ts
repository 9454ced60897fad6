// From a press to a draft: read the thread, build and check the content, hand it to the
// background (which saves the draft and opens the capture form). Says why when it cannot.

import { sendToBackground } from '../lib/messaging'
import { extractGmailClip } from '../gmail/extract'
import type { ItemContent } from '../../shared/schema/content'
import { contentFromClip, fallbackContent, validContent, type PageSnapshot } from './content'

export type CaptureOutcome =
  | { ok: true }
  | { ok: false; reason: 'unrecognized' | 'send-failed' }

/** Clips the message (or thread) `target` belongs to. */
export async function captureGmail(doc: Document, url: string, target?: Element): Promise<CaptureOutcome> {
  const clip = extractGmailClip(doc, url, target)
  if (!clip) return { ok: false, reason: 'unrecognized' }
  return send(validContent(contentFromClip(clip)))
}

/** Clips the selection, or the page, when the thread could not be read. */
export async function captureFallback(page: PageSnapshot): Promise<CaptureOutcome> {
  return send(validContent(fallbackContent(page)))
}

/** What the fallback needs, read at the moment of the press (a later click may clear the selection). */
export function snapshotPage(doc: Document): PageSnapshot {
  return {
    url: doc.location?.href ?? '',
    title: doc.title,
    selection: doc.getSelection()?.toString().trim() ?? '',
  }
}

async function send(content: ItemContent | null): Promise<CaptureOutcome> {
  if (!content) return { ok: false, reason: 'unrecognized' }
  const reply = await sendToBackground({ type: 'capture-draft', content })
  return reply.ok ? { ok: true } : { ok: false, reason: 'send-failed' }
}
