// sync.clip_to_queue_ms_p95_firefox: the same trip as sync-clip-to-queue.mjs, in Firefox ESR: from
// the executive's save (the popup's createItem, in an extension page of the executive's Firefox
// profile) to the row painted in the assistant's open queue page (another Firefox profile),
// through the same local `wrangler dev`. Same clips, warm-up and clocks; the Chromium figure is
// the comparison.
import { askFirefox, firefoxExtensionPage, launchFirefoxProfile } from './lib/firefox.mjs'
import { bundleForPage } from './lib/esbuild.mjs'
import { content } from './lib/items.mjs'
import { waitFor } from './lib/chromium.mjs'
import { installRowWatch } from './lib/queue-watch.mjs'
import { computed, failed } from './lib/result.mjs'
import { quantile } from './lib/stats.mjs'

export const names = ['sync.clip_to_queue_ms_p50_firefox', 'sync.clip_to_queue_ms_p95_firefox']

export const needsBuild = true
export const needsWorker = true
const WARMUP = 5
const CLIPS = 50
const TIMEOUT_MS = 15_000

export async function run({ worker }) {
  let exec
  let asst
  try {
    const bundle = await bundleForPage('bench/extension-page-entry.ts')
    ;[exec, asst] = await Promise.all([launchFirefoxProfile(), launchFirefoxProfile()])
    const saving = await firefoxExtensionPage(exec, 'popup.html')
    // BiDi evaluation, like DevTools', is not subject to the extension's CSP.
    await saving.evaluate(bundle)
    const { workspaceId } = await askFirefox(saving, {
      type: 'create-workspace',
      serverUrl: worker.url,
      name: 'Bench clips',
      displayName: 'Executive',
    })
    const { pairingCode } = await askFirefox(saving, { type: 'create-invite', workspaceId, role: 'assistant' })
    await askFirefox(asst.control, { type: 'join-workspace', pairingCode, displayName: 'Assistant' })
    await waitFor(
      'the assistant’s first sync',
      () =>
        asst.control.evaluate(
          async (id) => (await (await browser.runtime.getBackgroundPage()).relaisDb().syncStatus.get(id))?.state === 'synced',
          workspaceId,
        ),
      60_000,
      100,
    )
    const queue = await firefoxExtensionPage(asst, 'queue.html')
    await queue.evaluate(installRowWatch)
    const base = Date.now()
    const samples = []
    for (let i = 0; i < WARMUP + CLIPS; i++) {
      const title = `Bench clip ${i} ${Math.random().toString(36).slice(2, 8)}`
      await queue.evaluate((t) => window.__expectRow(t), title)
      const t0 = await saving.evaluate(
        async ({ workspaceId, item, meta }) => {
          const p = window.relaisBenchPage
          const t = p.now()
          await p.createItem(workspaceId, item, meta)
          return t
        },
        {
          workspaceId,
          item: content(i, title),
          meta: { priority: 'urgent', dueAt: base - i * 60_000, assigneeId: null, category: null, confidential: false },
        },
      )
      const painted = await queue.evaluate((t, ms) => window.__rowPainted(t, ms), title, TIMEOUT_MS)
      if (i >= WARMUP) samples.push(painted - t0)
      await new Promise((r) => setTimeout(r, 50))
    }
    return [50, 95].map((p) =>
      computed(`sync.clip_to_queue_ms_p${p}_firefox`, 'ms', quantile(samples, p / 100), {
        runs: samples.length,
        min: Math.min(...samples),
        max: Math.max(...samples),
        note: `${CLIPS} clips after ${WARMUP} warm-up, Firefox ESR; compare sync.clip_to_queue_ms_p${p} (Chromium, same run)`,
      }),
    )
  } catch (err) {
    return names.map((n) => failed(n, 'ms', err))
  } finally {
    await exec?.close()
    await asst?.close()
  }
}
