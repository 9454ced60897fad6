// ui.queue_50k_first_paint_ms: open queue.html with 50,000 items in IndexedDB and time the
// first painted row from navigation start. Years of items are mostly closed, so the main
// figure has 5% open (2,500); a stress figure has all 50,000 open. The baseline is the floor:
// an empty extension page with one row in its HTML, in the same profile and run; the same
// queue page holding 100 items is measured too (the page's own start-up).
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { firstRowProbe } from './lib/first-row.mjs'
import { EXTENSION_DIR, launchProfile } from './lib/chromium.mjs'
import { failed, measured, repeat } from './lib/result.mjs'
import { median } from './lib/stats.mjs'
import { openAll, seedQueue } from './lib/seed-local.mjs'

/** The rows this benchmark reports, also recorded as failed if it crashes. */
export const names = [
  'ui.extension_page_floor_ms',
  'ui.queue_100_first_paint_ms',
  'ui.queue_50k_first_paint_ms',
  'ui.queue_50k_all_open_first_paint_ms',
]
// The floor page: no script, no store, one row. Written into the benchmark's private copy of the build.
const FLOOR_PAGE = 'bench-floor.html'
const GOAL_MS = 100

export const needsBuild = true
const TOTAL = 50_000
const OPEN = 2_500
const RUNS = { warmup: 1, runs: 5 }

export async function run() {
  let profile
  try {
    writeFileSync(
      join(EXTENSION_DIR, FLOOR_PAGE),
      '<!doctype html><html lang="en"><meta charset="utf-8"><title>Floor</title><div role="option">Floor row</div></html>\n',
    )
    profile = await launchProfile()
    await profile.context.addInitScript(firstRowProbe)
    const firstPaint = () => repeat(RUNS, () => openQueue(profile))

    const floor = await repeat(RUNS, () => openQueue(profile, FLOOR_PAGE))
    await seedQueue(profile.sw, { total: 100, open: 5 })
    const small = await firstPaint()
    const baseline = { name: 'empty extension page, first row painted, ms', value: median(floor) }
    const count = await seedQueue(profile.sw, { total: TOTAL, open: OPEN })
    if (count !== TOTAL) throw new Error(`seeded ${count} items, wanted ${TOTAL}`)
    const mixed = await firstPaint()
    await openAll(profile.sw)
    const allOpen = await firstPaint()
    return [
      measured('ui.extension_page_floor_ms', 'ms', floor, {
        note: 'an extension page with one row in its HTML and no script: what any page costs here',
      }),
      measured('ui.queue_100_first_paint_ms', 'ms', small, {
        baseline,
        ratio: median(small) / baseline.value,
        note: "the queue page's own start-up: 100 items, 5 open",
      }),
      measured('ui.queue_50k_first_paint_ms', 'ms', mixed, {
        baseline,
        ratio: median(mixed) / baseline.value,
        goal: { below: GOAL_MS },
        note: `${TOTAL} items, ${OPEN} open; goal < ${GOAL_MS}; with 100 items ${median(small).toFixed(0)} ms`,
      }),
      measured('ui.queue_50k_all_open_first_paint_ms', 'ms', allOpen, {
        baseline,
        ratio: median(allOpen) / baseline.value,
        note: `stress: all ${TOTAL} items open`,
      }),
    ]
  } catch (err) {
    return names.map((n) => failed(n, 'ms', err))
  } finally {
    await profile?.close()
  }
}

async function openQueue(profile, path = 'queue.html') {
  const page = await profile.context.newPage()
  try {
    await page.goto(profile.url(path))
    const { at, text } = await page.evaluate(() =>
      Promise.race([window.__relaisFirstRow, new Promise((_, fail) => setTimeout(() => fail(new Error('no row within 30 s')), 30_000))]),
    )
    if (!text) throw new Error('the first row is empty')
    return at
  } finally {
    await page.close()
  }
}
