// One reply per message type: what the background answers is checked against that type's reply.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { fakeBrowser } from 'wxt/testing/fake-browser'
import { BACKGROUND_REPLIES, BackgroundMessageSchema } from '../../../shared/schema/messages'
import { handleMessage } from '../../../extension/background/router'
import { readReply, sendToBackground } from '../../../extension/lib/messaging'

describe('replies to the background’s messages', () => {
  it('keeps a reply that has its type’s fields, and a failure', () => {
    expect(readReply('create-invite', { ok: true, pairingCode: 'RELAIS1-x', expiresAt: 5 })).toEqual({
      ok: true,
      pairingCode: 'RELAIS1-x',
      expiresAt: 5,
    })
    expect(readReply('create-invite', { ok: false, error: 'Unknown workspace' })).toEqual({ ok: false, error: 'Unknown workspace' })
  })

  it('turns a reply without its type’s fields, a foreign shape or no answer into a failure', () => {
    expect(readReply('create-invite', { ok: true })).toEqual({ ok: false, error: 'Unexpected answer from the background' })
    expect(readReply('create-workspace', { ok: true, workspaceId: '<script>' })).toMatchObject({ ok: false })
    expect(readReply('sync-now', 'yes')).toMatchObject({ ok: false })
    expect(readReply('sync-now', undefined)).toEqual({ ok: false, error: 'No answer from the background' })
  })

  it('has a reply schema for every message type the background accepts', () => {
    // Read from the message schema itself, so a new message without its reply fails here.
    const types = BackgroundMessageSchema.options.map((option) => option.entries.type.literal)
    expect(types.length).toBeGreaterThan(5)
    expect(Object.keys(BACKGROUND_REPLIES).sort()).toEqual([...types].sort())
  })
})

describe('sendToBackground through the browser', () => {
  beforeEach(() => fakeBrowser.reset())
  afterEach(() => fakeBrowser.reset())

  it('carries the router’s own reply, parsed, to the page', async () => {
    let synced = 0
    fakeBrowser.runtime.onMessage.addListener((message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
      const sender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') }
      void handleMessage(message, sender, { syncSoon: () => synced++, workspacesChanged: () => {} }).then(sendResponse)
      return true
    })
    expect(await sendToBackground({ type: 'sync-now' })).toEqual({ ok: true })
    expect(synced).toBe(1)
  })

  it('reports a background that throws as a failure, not an exception', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => {
      throw new Error('background gone')
    })
    const reply = await sendToBackground({ type: 'sync-now' })
    expect(reply.ok).toBe(false)
  })
})
