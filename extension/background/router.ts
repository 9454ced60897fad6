import * as v from 'valibot'
import { browser } from 'wxt/browser'
import { BackgroundMessageSchema, CONTENT_SCRIPT_MESSAGES, type BackgroundMessage, type BackgroundReply } from '../../shared/schema/messages'
import { openCaptureForm, saveDraft } from './capture'
import { glossaryForPage, markTermKnown } from './glossary'
import { rotateKey } from './key-rotation'
import { createPairingCode, createWorkspace, joinWorkspace, revokeMember, wipeWorkspace } from './pairing'
import { putSlaPolicy } from './sla-policy'

type Sender = { id?: string; url?: string; tab?: { id?: number } }

export type RouterHooks = { syncSoon: () => void; workspacesChanged: () => void }

/**
 * Every message is parsed against the shared schema. Content scripts (senders with a tab and
 * a web URL) are unprivileged: they may only hand over a draft, which the user still confirms.
 */
export async function handleMessage(raw: unknown, sender: Sender, hooks: RouterHooks): Promise<BackgroundReply> {
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

async function dispatch(message: BackgroundMessage, hooks: RouterHooks, sender: Sender): Promise<BackgroundReply> {
  switch (message.type) {
    case 'sync-now':
      hooks.syncSoon()
      return { ok: true }
    case 'create-workspace': {
      const workspaceId = await createWorkspace(message.serverUrl, message.name, message.displayName)
      hooks.workspacesChanged()
      return { ok: true, workspaceId }
    }
    case 'join-workspace': {
      const workspaceId = await joinWorkspace(message.pairingCode, message.displayName)
      hooks.workspacesChanged()
      return { ok: true, workspaceId }
    }
    case 'create-invite':
      return { ok: true, ...(await createPairingCode(message.workspaceId, message.role)) }
    case 'revoke-member':
      await revokeMember(message.workspaceId, message.memberId)
      // New content gets a key the revoked device never had.
      await rotateKey(message.workspaceId)
      hooks.syncSoon()
      return { ok: true }
    case 'leave-workspace':
      await wipeWorkspace(message.workspaceId)
      hooks.workspacesChanged()
      return { ok: true }
    case 'capture-draft': {
      const draftId = await saveDraft(message.content)
      await openCaptureForm(draftId)
      return { ok: true, draftId }
    }
    case 'put-sla-policy':
      await putSlaPolicy(message.workspaceId, message.policy)
      return { ok: true }
    case 'glossary-terms':
      // The browser fills in sender.url: the page cannot claim another site's switch.
      return { ok: true, glossary: await glossaryForPage(sender.url) }
    case 'glossary-known':
      await markTermKnown(message.termId, message.known)
      return { ok: true }
  }
}
