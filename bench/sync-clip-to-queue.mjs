// sync.clip_to_queue_ms_p50 / p95: from the executive's save (the popup's createItem, in an
// extension page of the executive's Chromium profile) to the row painted in the assistant's
// open queue page (another profile), through a local `wrangler dev`: 50 clips. Baseline: the
// same trip over bare HTTP from Node (push, poke, pull), in the same run.
import { extensionPage } from './lib/chromium.mjs'
import { httpRoundTrips } from './lib/http-round-trip.mjs'
import { content } from './lib/items.mjs'
import { assistant, executive } from './lib/pairing.mjs'
import { installRowWatch } from './lib/queue-watch.mjs'
import { computed, failed } from './lib/result.mjs'
import { quantile } from './lib/stats.mjs'

/** The rows this benchmark reports, also recorded as failed if it crashes. */
export const names = ['sync.clip_to_queue_ms_p50', 'sync.clip_to_queue_ms_p95']

export const needsBuild = true
export const needsWorker = true
const WARMUP = 5
const CLIPS = 50
const TIMEOUT_MS = 15_000

export async function run({ worker }) {
  let exec
  let asst
  try {
    exec = await executive(worker.url, 'Bench clips')
    asst = await assistant(exec)
    const queue = await extensionPage(asst.profile, 'queue.html')
    await queue.evaluate(installRowWatch)
    // Each clip is due earlier than the last, so it lands at the top of the queue, in view.
    const base = Date.now()
    const samples = []
    for (let i = 0; i < WARMUP + CLIPS; i++) {
      const title = `Bench clip ${i} ${Math.random().toString(36).slice(2, 8)}`
      await queue.evaluate((t) => window.__expectRow(t), title)
      const t0 = await exec.page.evaluate(async ({ workspaceId, item, meta }) => {
        const t = performance.timeOrigin + performance.now()
        await window.relaisBenchPage.createItem(workspaceId, item, meta)
        return t
      }, { workspaceId: exec.workspaceId, item: content(i, title), meta: { priority: 'urgent', dueAt: base - i * 60_000, assigneeId: null, category: null, confidential: false } })
      const t1 = await queue.evaluate(([t, ms]) => window.__rowPainted(t, ms), [title, TIMEOUT_MS])
      if (i >= WARMUP) samples.push(t1 - t0)
      // A pause like a person's between two clips, so rounds do not merge.
      await new Promise((r) => setTimeout(r, 50))
    }
    const http = await httpRoundTrips(worker.url, { warmup: WARMUP, runs: CLIPS })
    return [50, 95].map((p) => {
      const value = quantile(samples, p / 100)
      const base = quantile(http, p / 100)
      return computed(`sync.clip_to_queue_ms_p${p}`, 'ms', value, {
        runs: samples.length, min: Math.min(...samples), max: Math.max(...samples),
        baseline: { name: `bare HTTP push → poke → pull from Node, p${p}, ms`, value: base }, ratio: value / base,
        note: `${CLIPS} clips after ${WARMUP} warm-up; goal p95 < 300`,
      })
    })
  } catch (err) {
    return [failed('sync.clip_to_queue_ms_p50', 'ms', err), failed('sync.clip_to_queue_ms_p95', 'ms', err)]
  } finally {
    await exec?.profile.close()
    await asst?.profile.close()
  }
}
