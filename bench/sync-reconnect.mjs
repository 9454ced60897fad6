// sync.reconnect_flush_ms_p50 / p95: an executive clips while the network is down; from the
// moment it is back to the row painted in the assistant's open queue. Both profiles reach the
// worker through a TCP proxy (scripts/outage-proxy.mjs) that is stopped for 3–30 s and started
// again: the extensions see a real network failure (refused connections, dropped WebSockets)
// and no `online` event, as when a server goes out of reach. Baseline: the bare HTTP push →
// poke → pull from Node through the same proxy, same run.
import { outageProxy } from '../scripts/outage-proxy.mjs'
import { extensionPage, waitFor } from './lib/chromium.mjs'
import { httpRoundTrips } from './lib/http-round-trip.mjs'
import { content } from './lib/items.mjs'
import { assistant, executive } from './lib/pairing.mjs'
import { installRowWatch } from './lib/queue-watch.mjs'
import { computed, failed } from './lib/result.mjs'
import { quantile } from './lib/stats.mjs'

/** The rows this benchmark reports, also recorded as failed if it crashes. */
export const names = ['sync.reconnect_flush_ms_p50', 'sync.reconnect_flush_ms_p95']

export const needsBuild = true
export const needsWorker = true
// Seconds without network, one per cycle (the first is a warm-up): short drops to a long cut.
const OUTAGES_S = [3, 3, 12, 30, 5, 8, 20, 4, 15, 6, 10]
const WARMUP = 1
const TIMEOUT_MS = 20_000
const GOAL_MS = 1000

export async function run({ worker }) {
  let exec
  let asst
  let proxy
  try {
    proxy = await outageProxy(worker.url)
    exec = await executive(proxy.url, 'Bench reconnect')
    asst = await assistant(exec)
    const queue = await extensionPage(asst.profile, 'queue.html')
    await queue.evaluate(installRowWatch)
    const base = Date.now()
    const samples = []
    for (let i = 0; i < OUTAGES_S.length; i++) {
      const title = `Offline clip ${i} ${Math.random().toString(36).slice(2, 8)}`
      await queue.evaluate((t) => window.__expectRow(t), title)
      await proxy.down()
      const downAt = Date.now()
      await new Promise((r) => setTimeout(r, 500))
      await exec.page.evaluate(({ workspaceId, item, meta }) => window.relaisBenchPage.createItem(workspaceId, item, meta), {
        workspaceId: exec.workspaceId,
        item: content(i, title),
        meta: { priority: 'urgent', dueAt: base - i * 60_000, assigneeId: null, category: null, confidential: false },
      })
      const rest = downAt + OUTAGES_S[i] * 1000 - Date.now()
      if (rest > 0) await new Promise((r) => setTimeout(r, rest))
      await proxy.up()
      const t0 = performance.timeOrigin + performance.now()
      const t1 = await queue.evaluate(([t, ms]) => window.__rowPainted(t, ms), [title, TIMEOUT_MS])
      if (i >= WARMUP) samples.push(t1 - t0)
      // Settled before the next cut: the executive's outbox is empty.
      await waitFor('the executive’s outbox to drain', () =>
        exec.page.evaluate(async () => (await window.relaisBenchPage.db().outbox.count()) === 0),
      )
    }
    const titles = await asst.profile.sw.evaluate(async () =>
      (await globalThis.relaisDb().items.toArray()).map((i) => i.content?.title ?? ''),
    )
    const offline = titles.filter((t) => t.startsWith('Offline clip '))
    if (offline.length !== OUTAGES_S.length || new Set(offline).size !== offline.length) {
      throw new Error(
        `the assistant holds ${offline.length} offline clips (${new Set(offline).size} distinct), expected ${OUTAGES_S.length}`,
      )
    }
    const http = await httpRoundTrips(proxy.url, { warmup: 3, runs: 20 })
    return [50, 95].map((p) => {
      const value = quantile(samples, p / 100)
      const floor = quantile(http, p / 100)
      return computed(`sync.reconnect_flush_ms_p${p}`, 'ms', value, {
        runs: samples.length,
        min: Math.min(...samples),
        max: Math.max(...samples),
        baseline: { name: `bare HTTP push → poke → pull from Node once connected, p${p}, ms`, value: floor },
        ratio: value / floor,
        ...(p === 95 ? { goal: { below: GOAL_MS } } : {}),
        note: `${samples.length} outages of ${OUTAGES_S.slice(WARMUP).join(', ')} s after ${WARMUP} warm-up; both devices behind a stopped proxy; goal p95 < ${GOAL_MS}`,
      })
    })
  } catch (err) {
    return names.map((n) => failed(n, 'ms', err))
  } finally {
    await exec?.profile.close()
    await asst?.profile.close()
    await proxy?.close()
  }
}
