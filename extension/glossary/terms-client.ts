// The content script's side of `glossary-terms`. The answer is parsed (lib/messaging) with the
// shared schema: whatever reaches a content script is checked at the boundary, like anything
// else coming from outside the page's own code.
import { browser } from 'wxt/browser'
import type { BackgroundMessage, GlossaryPayload } from '../../shared/schema/messages'
import { readReply } from '../lib/messaging'

export async function askForTerms(
  send: (message: BackgroundMessage) => Promise<unknown> = (m) => browser.runtime.sendMessage(m),
): Promise<GlossaryPayload | null> {
  let raw: unknown
  try {
    raw = await send({ type: 'glossary-terms' })
  } catch {
    return null // the extension was reloaded or is updating: this page keeps its text as is
  }
  const reply = readReply('glossary-terms', raw)
  return reply.ok ? reply.glossary : null
}
