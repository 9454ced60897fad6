// Extension pages and content scripts talk to the background only through here. Each message
// type has its own reply (shared/schema/messages.ts BACKGROUND_REPLIES): replies are parsed, so
// a caller reads exactly the fields its message gets, and a content script trusts nothing unchecked.
import * as v from 'valibot'
import { browser } from 'wxt/browser'
import {
  BACKGROUND_REPLIES,
  BackgroundFailureSchema,
  type BackgroundFailure,
  type BackgroundMessage,
  type BackgroundReply,
  type MessageType,
} from '../../shared/schema/messages'

const failure = (error: string): BackgroundFailure => ({ ok: false, error })

/** A raw answer to a message of `type`, checked against that type's reply (or a failure). */
export function readReply<T extends MessageType>(type: T, raw: unknown): BackgroundReply<T> {
  if (raw === undefined) return failure('No answer from the background')
  const parsed = v.safeParse(v.union([BACKGROUND_REPLIES[type], BackgroundFailureSchema]), raw)
  // Parsed with the schema of T's reply: TypeScript cannot follow the lookup through the generic.
  return parsed.success ? (parsed.output as BackgroundReply<T>) : failure('Unexpected answer from the background')
}

/** Asks the background; a background that cannot answer becomes an ordinary failure reply. */
export async function sendToBackground<M extends BackgroundMessage>(message: M): Promise<BackgroundReply<M['type']>> {
  let raw: unknown
  try {
    raw = await browser.runtime.sendMessage(message)
  } catch (err) {
    return failure(err instanceof Error ? err.message : String(err))
  }
  return readReply(message.type, raw)
}
