import * as v from 'valibot'
import { browser } from 'wxt/browser'
import {
  BackgroundMessageSchema,
  CONTENT_SCRIPT_MESSAGES,
  type BackgroundReply,
  type MessageOf,
  type MessageType,
  type ReplyOf,
} from '../../shared/schema/messages'
import { recordCaptureHealth } from '../db/capture-health'
import { openCaptureForm, saveDraft } from './capture'
import { fetchFile } from './files'
import { glossaryForPage, markTermKnown } from './glossary'
import { rotateKey } from './key-rotation'
import { createPairingCode, createWorkspace, joinWorkspace, revokeMember, wipeWorkspace } from './pairing'
import { putSlaPolicy } from './sla-policy'

type Sender = { id?: string; url?: string; tab?: { id?: number } }

export type RouterHooks = { syncSoon: (workspaceId?: string) => void; workspacesChanged: () => void }

/**
 * Every message is parsed against the shared schema. Content scripts (senders with a tab and
 * a web URL) are unprivileged: they may only hand over a draft, which the user still confirms.
 */
export async function handleMessage(raw: unknown, sender: Sender, hooks: RouterHooks): Promise<BackgroundReply<MessageType>> {
  if (sender.id !== browser.runtime.id) return { ok: false, error: 'unknown sender' }
  const parsed = v.safeParse(BackgroundMessageSchema, raw)
  if (!parsed.success) return { ok: false, error: 'malformed message' }
  const message = parsed.output
  const fromExtensionPage = (sender.url ?? '').startsWith(browser.runtime.getURL('/'))
  if (!fromExtensionPage && !CONTENT_SCRIPT_MESSAGES.includes(message.type)) return { ok: false, error: 'not allowed from a web page' }
  try {
    return await dispatch(message, hooks, sender)
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : 'failed' }
  }
}

type Handler<T extends MessageType> = (message: MessageOf<T>, hooks: RouterHooks, sender: Sender) => Promise<ReplyOf<T>>

const done = { ok: true } as const

/** One handler per message type, each typed by its own reply. */
const HANDLERS: { [T in MessageType]: Handler<T> } = {
  'sync-now': async (message, hooks) => {
    hooks.syncSoon(message.workspaceId)
    return done
  },
  'create-workspace': async (message, hooks) => {
    const workspaceId = await createWorkspace(message.serverUrl, message.name, message.displayName)
    hooks.workspacesChanged()
    return { ok: true, workspaceId }
  },
  'join-workspace': async (message, hooks) => {
    const workspaceId = await joinWorkspace(message.pairingCode, message.displayName)
    hooks.workspacesChanged()
    return { ok: true, workspaceId }
  },
  'create-invite': async (message) => ({ ok: true, ...(await createPairingCode(message.workspaceId, message.role)) }),
  'revoke-member': async (message, hooks) => {
    await revokeMember(message.workspaceId, message.memberId)
    // New content gets a key the revoked device never had.
    await rotateKey(message.workspaceId)
    hooks.syncSoon()
    return done
  },
  'leave-workspace': async (message, hooks) => {
    await wipeWorkspace(message.workspaceId, { reason: 'left', byId: null, at: Date.now() })
    hooks.workspacesChanged()
    return done
  },
  'capture-draft': async (message) => {
    const draftId = await saveDraft(message.content)
    await openCaptureForm(draftId)
    return { ok: true, draftId }
  },
  'put-sla-policy': async (message) => {
    await putSlaPolicy(message.workspaceId, message.policy)
    return done
  },
  'fetch-file': async (message) => {
    await fetchFile(message.workspaceId, message.itemId, message.file)
    return done
  },
  // The browser fills in sender.url: the page cannot claim another site's switch.
  'glossary-terms': async (_message, _hooks, sender) => ({ ok: true, glossary: await glossaryForPage(sender.url) }),
  'glossary-known': async (message) => {
    await markTermKnown(message.termId, message.known)
    return done
  },
  // The version is the background's own, not the page's word.
  'capture-health': async (message) => {
    await recordCaptureHealth(message.report, browser.runtime.getManifest().version)
    return done
  },
}

function dispatch<T extends MessageType>(message: MessageOf<T>, hooks: RouterHooks, sender: Sender): Promise<ReplyOf<T>> {
  // HANDLERS pairs each type with its handler; TypeScript cannot follow `message.type` back to T.
  const handler = HANDLERS[message.type as T] as Handler<T>
  return handler(message, hooks, sender)
}
