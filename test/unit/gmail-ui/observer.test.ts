// @vitest-environment happy-dom
// One MutationObserver whose callback only queues; the scan runs once per frame; everything
// stops when WXT invalidates the context.
import { describe, expect, it } from 'vitest'
import { ContentScriptContext } from 'wxt/utils/content-script-context'
import { startGmailUi } from '../../../extension/gmail-ui/controller'
import { loadFixture, nth } from '../gmail/load-fixture'
import { fakeEnv } from './fake-env'
import { flushMutations, manualCtx } from './manual-ctx'

describe('batching', () => {
  it('queues one frame for a burst of mutations and does the work only in that frame', async () => {
    loadFixture('thread-single-en-attachments.html')
    const m = manualCtx()
    const ui = startGmailUi(m.ctx, fakeEnv().env)
    m.runFrames()
    const bar = nth('.bHJ', 0)
    const host = ui.placements().find((p) => p.slot.kind === 'thread')!.handle.host
    host.remove()
    for (let i = 0; i < 200; i++) bar.append(document.createElement('span'))
    await flushMutations()
    expect(m.pendingFrames()).toBe(1)
    // The observer callback only queued: nothing was put back yet.
    expect(host.isConnected).toBe(false)
    expect(bar.querySelector(host.localName)).toBeNull()
    m.runFrames()
    expect(bar.querySelectorAll(host.localName)).toHaveLength(1)
    m.invalidate()
  })

  it('rescans on a location change (Gmail navigates by hash)', async () => {
    loadFixture('thread-single-en-attachments.html')
    const m = manualCtx()
    startGmailUi(m.ctx, fakeEnv().env)
    m.runFrames()
    await flushMutations()
    m.runFrames()
    expect(m.pendingFrames()).toBe(0)
    // The manual ctx hands event names to the window as they are (WXT's own ctx namespaces them).
    window.dispatchEvent(new Event('wxt:locationchange'))
    expect(m.pendingFrames()).toBe(1)
    m.invalidate()
  })
})

describe('teardown', () => {
  it('removes every button and stops observing when the context is invalidated', async () => {
    loadFixture('thread-many-fr.html')
    const m = manualCtx()
    const ui = startGmailUi(m.ctx, fakeEnv().env)
    m.runFrames()
    const placed = ui.placements().map((p) => p.handle.host)
    expect(placed).toHaveLength(3)
    await flushMutations()
    m.runFrames()
    m.invalidate()
    expect(placed.every((host) => !host.isConnected)).toBe(true)
    nth('.bHJ', 0).append(document.createElement('span'))
    await flushMutations()
    expect(m.pendingFrames()).toBe(0)
  })

  it('works with the real WXT context: invalidation disconnects and cleans up', async () => {
    loadFixture('thread-single-en-attachments.html')
    const ctx = new ContentScriptContext('gmail')
    const ui = startGmailUi(ctx, fakeEnv().env)
    ui.scanNow()
    const placed = ui.placements().map((p) => p.handle.host)
    expect(placed).toHaveLength(2)
    ctx.notifyInvalidated()
    expect(placed.every((host) => !host.isConnected)).toBe(true)
    expect(ui.placements()).toEqual([])
  })
})
