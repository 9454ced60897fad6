// From a press to a draft: read the thread, build and check the content, hand it to the
// background (which saves the draft and opens the capture form). Says why when it cannot.

import { sendToBackground } from '../lib/messaging'
import { extractGmailClip, isLocalThreadId } from '../gmail/extract'
import { awaitThreadHexId } from './await-thread-id'
import { reportCaptureHealth } from './capture-health'
import type { ItemContent } from '../../shared/schema/content'
import { contentFromClip, fallbackContent, validContent, type PageSnapshot } from './content'

/** How long a clip of a just-sent thread waits for Gmail's hex id before using the local one. */
const HEX_ID_WAIT_MS = 3000

export type CaptureOutcome = { ok: true } | { ok: false; reason: 'unrecognized' | 'send-failed' }

/** Clips the message (or thread) `target` belongs to. */
export async function captureGmail(doc: Document, url: string, target?: Element): Promise<CaptureOutcome> {
  let clip = extractGmailClip(doc, url, target)
  if (clip && isLocalThreadId(clip.threadId) && (await awaitThreadHexId(doc, target, HEX_ID_WAIT_MS))) {
    clip = extractGmailClip(doc, url, target?.isConnected ? target : undefined) ?? clip
  }
  if (!clip) {
    void reportCaptureHealth(doc, url, ['page'])
    return { ok: false, reason: 'unrecognized' }
  }
  if (clip.unread) void reportCaptureHealth(doc, url, clip.unread)
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
