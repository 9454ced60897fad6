// sync.clip_to_queue_ms_p50 / p95: from the executive's save (the popup's createItem, in an
// extension page of the executive's Chromium profile) to the row painted in the assistant's
// open queue page (another profile), through a local `wrangler dev`: 50 clips. Baseline: the
// same trip over bare HTTP from Node (push, poke, pull), in the same run.
import { extensionPage } from './lib/chromium.mjs'
import { httpRoundTrips } from './lib/http-round-trip.mjs'
import { content } from './lib/items.mjs'
import { addBenchHooks, assistant, executive } from './lib/pairing.mjs'
import { installRowWatch } from './lib/queue-watch.mjs'
import { computed, failed } from './lib/result.mjs'
import { median, quantile } from './lib/stats.mjs'

/** The rows this benchmark reports, also recorded as failed if it crashes. */
export const names = ['sync.clip_to_queue_ms_p50', 'sync.clip_to_queue_ms_p95']

export const needsBuild = true
export const needsWorker = true
const WARMUP = 5
const CLIPS = 50
const TIMEOUT_MS = 15_000
const GOAL_MS = 80

/**
 * Where the time goes, median per hop: the save's Dexie commit in the executive's page; from
 * there to the outbox emptied (message, background round, seal, push, Durable Object); to the
 * row in the assistant's store (poke, round, pull, open, Dexie); to the row painted (live list).
 */
function hopNote(hops) {
  return Object.entries(hops)
    .map(([k, v]) => `${k} ${median(v).toFixed(1)}`)
    .join(', ')
}

export async function run({ worker }) {
  let exec
  let asst
  try {
    exec = await executive(worker.url, 'Bench clips')
    asst = await assistant(exec)
    const queue = await extensionPage(asst.profile, 'queue.html')
    await queue.evaluate(installRowWatch)
    await addBenchHooks(queue)
    // Each clip is due earlier than the last, so it lands at the top of the queue, in view.
    const base = Date.now()
    const samples = []
    const hops = { saved: [], pushed: [], stored: [], painted: [] }
    for (let i = 0; i < WARMUP + CLIPS; i++) {
      const title = `Bench clip ${i} ${Math.random().toString(36).slice(2, 8)}`
      await queue.evaluate(
        ([t, ms]) => {
          window.__expectRow(t)
          window.__stored = window.relaisBenchPage.itemTitled(t, ms)
        },
        [title, TIMEOUT_MS],
      )
      const at = await exec.page.evaluate(
        async ({ workspaceId, item, meta, ms }) => {
          const p = window.relaisBenchPage
          const t0 = p.now()
          await p.createItem(workspaceId, item, meta)
          const saved = p.now()
          return { t0, saved, pushed: await p.outboxEmpty(ms) }
        },
        {
          workspaceId: exec.workspaceId,
          item: content(i, title),
          meta: { priority: 'urgent', dueAt: base - i * 60_000, assigneeId: null, category: null, confidential: false },
          ms: TIMEOUT_MS,
        },
      )
      const { painted, stored } = await queue.evaluate(
        async ([t, ms]) => ({ painted: await window.__rowPainted(t, ms), stored: await window.__stored }),
        [title, TIMEOUT_MS],
      )
      const t0 = at.t0
      const t1 = painted
      if (i >= WARMUP) {
        samples.push(t1 - t0)
        hops.saved.push(at.saved - t0)
        hops.pushed.push(at.pushed - at.saved)
        hops.stored.push(stored - at.pushed)
        hops.painted.push(painted - stored)
      }
      // A pause like a person's between two clips, so rounds do not merge.
      await new Promise((r) => setTimeout(r, 50))
    }
    const http = await httpRoundTrips(worker.url, { warmup: WARMUP, runs: CLIPS })
    return [50, 95].map((p) => {
      const value = quantile(samples, p / 100)
      const base = quantile(http, p / 100)
      return computed(`sync.clip_to_queue_ms_p${p}`, 'ms', value, {
        runs: samples.length,
        min: Math.min(...samples),
        max: Math.max(...samples),
        baseline: { name: `bare HTTP push → poke → pull from Node, p${p}, ms`, value: base },
        ratio: value / base,
        ...(p === 95 ? { goal: { below: GOAL_MS } } : {}),
        note: `${CLIPS} clips after ${WARMUP} warm-up; goal p95 < ${GOAL_MS}; median hops: ${hopNote(hops)}`,
      })
    })
  } catch (err) {
    return [failed('sync.clip_to_queue_ms_p50', 'ms', err), failed('sync.clip_to_queue_ms_p95', 'ms', err)]
  } finally {
    await exec?.profile.close()
    await asst?.profile.close()
  }
}
