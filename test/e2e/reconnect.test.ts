import { afterAll, beforeAll, describe, expect, it } from 'vitest'
// @ts-expect-error plain ESM helper shared with the benchmarks
import { outageProxy } from '../../scripts/outage-proxy.mjs'
import { launchProfile, localWorker, waitFor, type LocalWorker, type Profile } from './harness'
import { createWorkspaceFromOptions, dbItems, inviteFromOptions, joinFromOptions, openExtensionPage } from './pages'

const TITLE = 'Rappeler le notaire pendant la coupure'

type Proxy = { url: string; down: () => Promise<void>; up: () => Promise<void>; close: () => Promise<void> }

let worker: LocalWorker
let proxy: Proxy
let exec: Profile
let assistant: Profile

beforeAll(async () => {
  worker = await localWorker()
  proxy = await outageProxy(worker.url)
  ;[exec, assistant] = await Promise.all([launchProfile(), launchProfile()])
})

afterAll(async () => {
  await Promise.allSettled([exec?.close(), assistant?.close(), proxy?.close()])
  await worker?.stop()
})

/** The executive's sync line for its only workspace, as the background wrote it. */
async function execStatus(): Promise<{ state: string; retryAt: number | null; pending: number } | undefined> {
  return exec.sw.evaluate(async () => {
    const [row] = await (globalThis as any).relaisDb().syncStatus.toArray()
    return row
  })
}

describe('network back', () => {
  it('delivers an offline clip as soon as the network returns, not on a timer', async () => {
    // Both devices reach the worker through a proxy that can take the network away.
    const options = await createWorkspaceFromOptions(exec, proxy.url, 'Acme', 'Claire')
    await joinFromOptions(assistant, await inviteFromOptions(options), 'Sam')
    const queue = await openExtensionPage(assistant, 'queue.html')
    await queue.getByText('Your queue is empty.').waitFor()
    // The 30 s alarms must not be what delivers it: both are off for this test.
    for (const p of [exec, assistant]) await p.sw.evaluate(() => chrome.alarms.clear('relais-sync'))

    await proxy.down()
    const popup = await openExtensionPage(exec, 'popup.html')
    await popup.getByLabel('Title').fill(TITLE)
    await Promise.all([popup.waitForEvent('close'), popup.getByRole('button', { name: 'Save' }).click()])
    const pending = await waitFor('the offline clip, pending', async () => (await dbItems(exec)).find((i) => i.title === TITLE))
    expect(pending.pending).toBe(1)
    // Stay offline until the backoff has grown: its next retry is then far enough away that
    // a delivery before it can only come from noticing the network.
    const waiting = await waitFor('a long backoff', async () => {
      const s = await execStatus()
      return s?.state === 'offline' && s.retryAt !== null && s.retryAt - Date.now() > 8_000 ? s : null
    })

    await proxy.up()
    await queue.getByRole('option').filter({ hasText: TITLE }).waitFor()
    const arrivedAt = Date.now()
    expect(arrivedAt).toBeLessThan(waiting.retryAt!)
    expect((await dbItems(exec)).find((i) => i.title === TITLE)?.pending).toBe(0)
    expect((await dbItems(assistant)).filter((i) => i.title === TITLE)).toHaveLength(1)
  })
})
