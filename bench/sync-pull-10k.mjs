// sync.pull_10k_items_ms: a new device joins a workspace that holds 10,000 items; from the
// join (pairing code sent to the background) to 10,000 rows in its IndexedDB. Every run is
// a fresh Chromium profile. Baseline: a bare Node client pulling the same items, same run.
import { ask, extensionPage, launchProfile } from './lib/chromium.mjs'
import { pullAll, seedItems } from './lib/seed-server.mjs'
import { executive, pairingCode, secretsOf } from './lib/pairing.mjs'
import { failed, measured, repeat } from './lib/result.mjs'
import { median } from './lib/stats.mjs'
import { client } from './lib/api.mjs'

/** The rows this benchmark reports, also recorded as failed if it crashes. */
export const names = ['sync.pull_10k_items_ms']

export const needsBuild = true
export const needsWorker = true
const ITEMS = 10_000
const RUNS = { warmup: 1, runs: 3 }
const TIMEOUT_MS = 60_000

export async function run({ worker }) {
  let exec
  try {
    exec = await executive(worker.url, 'Bench 10k')
    const secret = await secretsOf(exec)
    const seedStart = performance.now()
    await seedItems(worker.url, secret, ITEMS)
    const seedMs = performance.now() - seedStart
    const joins = await repeat(RUNS, () => joinAndPull(exec))
    // The bare pull reads as an assistant would, with a token of its own.
    const { code } = await client(worker.url, secret.token).invite('assistant')
    const reader = await client(worker.url).accept(code, 'Bench reader')
    const bare = await repeat(RUNS, async () => {
      const t0 = performance.now()
      const n = await pullAll(worker.url, reader.token)
      if (n < ITEMS) throw new Error(`the bare pull got ${n} items`)
      return performance.now() - t0
    })
    return [
      measured('sync.pull_10k_items_ms', 'ms', joins, {
        baseline: { name: 'bare HTTP pull of the same items from Node, ms', value: median(bare) },
        ratio: median(joins) / median(bare),
        note: `goal < 1000; seeding 10k items over the API took ${Math.round(seedMs)} ms`,
      }),
    ]
  } catch (err) {
    return [failed('sync.pull_10k_items_ms', 'ms', err)]
  } finally {
    await exec?.profile.close()
  }
}

async function joinAndPull(exec) {
  const code = await pairingCode(exec)
  const device = await launchProfile()
  try {
    const page = await extensionPage(device, 'popup.html')
    // Watch the store from the service worker itself, so the probe costs no round trips.
    const stored = device.sw.evaluate(
      async ({ want, timeoutMs }) => {
        const db = globalThis.relaisDb()
        const until = Date.now() + timeoutMs
        while (Date.now() < until) {
          if ((await db.items.count()) >= want) return performance.timeOrigin + performance.now()
          await new Promise((r) => setTimeout(r, 5))
        }
        throw new Error(`fewer than ${want} items after ${timeoutMs} ms`)
      },
      { want: ITEMS, timeoutMs: TIMEOUT_MS },
    )
    const t0 = await page.evaluate(() => performance.timeOrigin + performance.now())
    await ask(page, { type: 'join-workspace', pairingCode: code, displayName: 'New device' })
    return (await stored) - t0
  } finally {
    await device.close()
  }
}
