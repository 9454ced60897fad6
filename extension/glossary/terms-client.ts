// The content script's side of `glossary-terms`. The answer is parsed here
// with the shared schema: whatever reaches a content script is checked at the
// boundary, like anything else coming from outside the page's own code.
import * as v from 'valibot'
import { browser } from 'wxt/browser'
import { GlossaryTermsReplySchema, type BackgroundMessage, type GlossaryPayload } from '../../shared/schema/messages'

export async function askForTerms(send: (message: BackgroundMessage) => Promise<unknown> = (m) => browser.runtime.sendMessage(m)): Promise<GlossaryPayload | null> {
  let reply: unknown
  try {
    reply = await send({ type: 'glossary-terms' })
  } catch {
    return null // the extension was reloaded or is updating: this page keeps its text as is
  }
  const parsed = v.safeParse(GlossaryTermsReplySchema, reply)
  return parsed.success ? parsed.output.glossary : null
}
