// ui.queue_50k_first_paint_ms: open queue.html with 50,000 items in IndexedDB and time the
// first painted row from navigation start. Years of items are mostly closed, so the main
// figure has 5% open (2,500); a stress figure has all 50,000 open. The baseline is the same
// page and profile holding 100 items, measured first.
import { firstRowProbe } from './lib/first-row.mjs'
import { launchProfile } from './lib/chromium.mjs'
import { failed, measured, repeat } from './lib/result.mjs'
import { median } from './lib/stats.mjs'
import { openAll, seedQueue } from './lib/seed-local.mjs'

/** The rows this benchmark reports, also recorded as failed if it crashes. */
export const names = ['ui.queue_50k_first_paint_ms']

export const needsBuild = true
const TOTAL = 50_000
const OPEN = 2_500
const RUNS = { warmup: 1, runs: 5 }

export async function run() {
  let profile
  try {
    profile = await launchProfile()
    await profile.context.addInitScript(firstRowProbe)
    const firstPaint = () => repeat(RUNS, () => openQueue(profile))

    await seedQueue(profile.sw, { total: 100, open: 5 })
    const small = await firstPaint()
    const baseline = { name: 'queue with 100 items, ms', value: median(small) }
    const count = await seedQueue(profile.sw, { total: TOTAL, open: OPEN })
    if (count !== TOTAL) throw new Error(`seeded ${count} items, wanted ${TOTAL}`)
    const mixed = await firstPaint()
    await openAll(profile.sw)
    const allOpen = await firstPaint()
    return [
      measured('ui.queue_50k_first_paint_ms', 'ms', mixed, { baseline, ratio: median(mixed) / baseline.value, note: `${TOTAL} items, ${OPEN} open; goal < 100` }),
      measured('ui.queue_50k_all_open_first_paint_ms', 'ms', allOpen, { baseline, ratio: median(allOpen) / baseline.value, note: `stress: all ${TOTAL} items open` }),
    ]
  } catch (err) {
    return [failed('ui.queue_50k_first_paint_ms', 'ms', err)]
  } finally {
    await profile?.close()
  }
}

async function openQueue(profile) {
  const page = await profile.context.newPage()
  try {
    await page.goto(profile.url('queue.html'))
    const { at, text } = await page.evaluate(() => Promise.race([
      window.__relaisFirstRow,
      new Promise((_, fail) => setTimeout(() => fail(new Error('no row within 30 s')), 30_000)),
    ]))
    if (!text) throw new Error('the first row is empty')
    return at
  } finally {
    await page.close()
  }
}
