import { browser } from 'wxt/browser'
import type { BackgroundMessage, BackgroundReply } from '../../shared/schema/messages'

/** Asks the background; a background that cannot answer becomes an ordinary error reply. */
export async function sendToBackground(message: BackgroundMessage): Promise<BackgroundReply> {
  try {
    const reply = (await browser.runtime.sendMessage(message)) as BackgroundReply | undefined
    return reply ?? { ok: false, error: 'No answer from the background' }
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) }
  }
}
