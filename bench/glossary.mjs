// glossary.*: the in-page glossary against what a developer would pick (mark.js) and against
// the floor of any scan (a bare eligible-text walk), side by side in one run, in real
// Chromium, on a generated page of about 2 MB of FR/EN business text. Every measurement gets
// a fresh page; the approaches are shuffled within each round and ratios are taken within a
// round, so a neighbour's job slowing the machine weighs on both sides alike. Ours is
// extension/glossary's GlossaryPage, bundled from bench/glossary-page-entry.ts.
import { readFileSync } from 'node:fs'
import { launchBrowser } from './lib/chromium.mjs'
import { bundleForPage } from './lib/esbuild.mjs'
import { appendBatches, generatePage } from './lib/glossary-page.mjs'
import { benchTerms } from './lib/glossary-terms.mjs'
import { appendAndRescan, frameAfterChange, inTask, longTasks, runMarkJs, settle, watchLongTasks } from './lib/in-page.mjs'
import { computed, failed, measured } from './lib/result.mjs'
import { median } from './lib/stats.mjs'
import { serve } from './lib/static-server.mjs'

/** The rows this benchmark reports, also recorded as failed if it crashes. */
export const names = [
  'glossary.speedup_vs_markjs',
  'glossary.ratio_to_text_walk',
  'glossary.longest_task_ms',
  'glossary.incremental_200_nodes_ms',
  'glossary.frame_tax_ratio',
]

const ROUNDS = 5
// mark.js takes seconds per run: it runs in three of the rounds, and its JIT warm-up is noise
// at that scale, so it skips the warm-up round.
const MARK_ROUNDS = [0, 2, 4]
const FRAMES_PER_PAGE = 10
// mark.js checks only a text node's parent: subtrees are excluded with a descendant selector.
const MARK_EXCLUDE = [
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'title',
  'option',
  'select',
  'input',
  'button',
  'code',
  'pre',
  'kbd',
  'samp',
  'svg *',
  'math *',
  'pre *',
  'code *',
  '[contenteditable] *',
  '[role="textbox"] *',
]

export async function run() {
  const { terms50, terms500 } = await benchTerms()
  const batches = appendBatches({ terms50, terms500 })
  const server = await serve(new Map([['/page.html', { type: 'text/html; charset=utf-8', body: generatePage({ terms50, terms500 }) }]]))
  const browser = await launchBrowser()
  const fresh = async ({ scripts = [], styles = [] }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    await page.goto(`${server.url}/page.html`, { waitUntil: 'load' })
    for (const content of scripts) await page.addScriptTag({ content })
    for (const content of styles) await page.addStyleTag({ content })
    return { page, close: () => context.close() }
  }
  try {
    const errors = {}
    let ours = null
    try {
      ours = {
        scripts: [await bundleForPage('bench/glossary-page-entry.ts')],
        styles: [readFileSync('extension/entrypoints/glossary.content/style.css', 'utf8')],
      }
    } catch (err) {
      const why = new Error(`cannot bundle extension/glossary: ${err.message.split('\n')[0]}`)
      Object.assign(errors, { walk: why, scan50: why, scan500: why })
    }
    const mark = { scripts: [readFileSync('node_modules/mark.js/dist/mark.min.js', 'utf8')] }
    const measures = {
      walk: () => walkOnce(fresh, ours),
      scan50: () => scanOnce(fresh, ours, terms50),
      scan500: () => scanOnce(fresh, ours, terms500, batches),
      mark50: () => markOnce(fresh, mark, terms50),
    }
    const results = { walk: [], scan50: [], scan500: [], mark50: [] }
    for (let round = -1; round < ROUNDS; round++) {
      const names = shuffle(['walk', 'scan50', 'scan500', ...(MARK_ROUNDS.includes(round) ? ['mark50'] : [])])
      for (const name of names) {
        if (errors[name]) continue
        try {
          const result = await measures[name]()
          if (round >= 0) results[name].push({ round, ...result })
        } catch (err) {
          errors[name] = err
        }
      }
    }
    return report(results, errors)
  } finally {
    await browser.close()
    await server.close()
  }
}

async function walkOnce(fresh, ours) {
  const { page, close } = await fresh({ scripts: ours.scripts })
  try {
    const walk = await page.evaluate(inTask, { name: 'walk' })
    // A page without Relais: the frame-tax baseline.
    const frames = await page.evaluate(frameAfterChange, FRAMES_PER_PAGE)
    return { ...walk, frames }
  } finally {
    await close()
  }
}

/** One first pass on a fresh page; with `batches`, then the frame tax and the incremental rescans. */
async function scanOnce(fresh, ours, terms, batches) {
  const { page, close } = await fresh(ours)
  try {
    await page.evaluate(watchLongTasks)
    const scan = await page.evaluate(inTask, { name: 'scan', arg: terms })
    const tasks = await page.evaluate(longTasks)
    if (!batches) return { ...scan, tasks }
    await page.evaluate(settle)
    const registered = await page.evaluate(() => window.relaisBench.registered())
    const frames = await page.evaluate(frameAfterChange, FRAMES_PER_PAGE)
    const rescans = []
    for (const html of batches) rescans.push(await page.evaluate(appendAndRescan, html))
    // The first rescan on a page warms the walk and matcher for the new nodes' shapes.
    return { ...scan, tasks, registered, frames, rescans: rescans.slice(1) }
  } finally {
    await close()
  }
}

async function markOnce(fresh, mark, terms) {
  const { page, close } = await fresh(mark)
  try {
    return await page.evaluate(runMarkJs, { keywords: terms.map((t) => t.term), exclude: MARK_EXCLUDE })
  } finally {
    await close()
  }
}

function report({ walk, scan50, scan500, mark50 }, errors) {
  const rows = []
  const ms = (runs) => runs.map((r) => r.ms)
  const ok = (name, runs) => !errors[name] && runs.length > 0
  const why = (...names) => names.map((n) => errors[n]).find(Boolean) ?? 'a side did not run'
  // Ratios within a round: both sides ran minutes apart at most, on the same machine load.
  const paired = (top, bottom) =>
    top.flatMap((t) => {
      const b = bottom.find((x) => x.round === t.round)
      return b ? [t.ms / b.ms] : []
    })
  const ratioRow = (name, ratios, baseline, note) =>
    computed(name, '×', median(ratios), {
      runs: ratios.length,
      min: Math.min(...ratios),
      max: Math.max(...ratios),
      baseline,
      ratio: median(ratios),
      note,
    })

  if (ok('walk', walk))
    rows.push(
      measured('glossary.text_walk_ms', 'ms', ms(walk), {
        note: `floor: bare eligible-text walk (bench/glossary-floor.ts), ${walk[0].nodes} text nodes, ${(walk[0].chars / 1e6).toFixed(2)} M characters`,
      }),
    )
  else rows.push(failed('glossary.text_walk_ms', 'ms', why('walk')))
  if (ok('scan50', scan50)) {
    rows.push(
      measured('glossary.scan_50_terms_ms', 'ms', ms(scan50), { note: `${scan50[0].matches} matches, ${scan50[0].timings.slices} slices` }),
    )
    // Where a scan's time goes, from the scanner's own timing hook.
    // Each run's split, in run order, for bench/README.md.
    const split = scan50
      .map((r) => `${r.timings.walkMs.toFixed(0)}/${r.timings.matchMs.toFixed(0)}/${r.timings.markMs.toFixed(0)}`)
      .join(', ')
    rows.push(
      measured(
        'glossary.scan_50_terms_walk_part_ms',
        'ms',
        scan50.map((r) => r.timings.walkMs),
        { note: `extension/glossary/walk.ts inside the scan (sliced with the rest); walk/match/mark per run: ${split} ms` },
      ),
    )
    rows.push(
      measured(
        'glossary.scan_50_terms_match_part_ms',
        'ms',
        scan50.map((r) => r.timings.matchMs),
        { note: 'the matcher over the walk’s batches' },
      ),
    )
    rows.push(
      measured(
        'glossary.scan_50_terms_mark_part_ms',
        'ms',
        scan50.map((r) => r.timings.markMs),
        { note: `recording matches, painting first occurrences (${scan50[0].painted} marks)` },
      ),
    )
  } else rows.push(failed('glossary.scan_50_terms_ms', 'ms', why('scan50')))
  if (ok('scan500', scan500))
    rows.push(
      measured('glossary.scan_500_terms_ms', 'ms', ms(scan500), {
        note: `${scan500[0].matches} matches, ${scan500[0].registered} ranges registered near the viewport`,
      }),
    )
  else rows.push(failed('glossary.scan_500_terms_ms', 'ms', why('scan500')))
  if (ok('mark50', mark50))
    rows.push(measured('glossary.markjs_50_terms_ms', 'ms', ms(mark50), { note: `mark.js 8.11.1, ${mark50[0].matches} matches` }))
  else rows.push(failed('glossary.markjs_50_terms_ms', 'ms', why('mark50')))

  if (ok('mark50', mark50) && ok('scan50', scan50)) {
    rows.push(
      ratioRow(
        'glossary.speedup_vs_markjs',
        paired(mark50, scan50),
        { name: 'mark.js 8.11.1, 50 terms, ms', value: median(ms(mark50)) },
        `goal ≥ 150; mark.js ÷ ours within a round; matches: ours ${scan50[0].matches}, mark.js ${mark50[0].matches}`,
      ),
    )
  } else rows.push(failed('glossary.speedup_vs_markjs', '×', why('mark50', 'scan50')))

  if (ok('walk', walk) && ok('scan50', scan50)) {
    rows.push(
      ratioRow(
        'glossary.ratio_to_text_walk',
        paired(scan50, walk),
        { name: 'bare eligible-text walk, ms', value: median(ms(walk)) },
        'goal ≤ 3; 50 terms; ours ÷ walk within a round',
      ),
    )
  } else rows.push(failed('glossary.ratio_to_text_walk', '×', why('walk', 'scan50')))

  if (ok('scan50', scan50)) {
    // The Long Tasks API reports only tasks of 50 ms or more; below that, the scanner's own
    // longest slice is the figure.
    const longest = scan50.map((r) => (r.tasks.length ? Math.max(...r.tasks) : r.timings.longestSliceMs))
    const withLong = scan50.filter((r) => r.tasks.length > 0).length
    rows.push(
      measured('glossary.longest_task_ms', 'ms', longest, {
        note: `goal ≤ 50; 50 terms; ${withLong}/${scan50.length} runs had a long task (≥ 50 ms)`,
      }),
    )
  } else rows.push(failed('glossary.longest_task_ms', 'ms', why('scan50')))

  if (ok('scan500', scan500)) {
    const rescans = scan500.flatMap((r) => r.rescans.map((x) => x.ms))
    rows.push(
      measured('glossary.incremental_200_nodes_ms', 'ms', rescans, {
        note: `goal < 10; 500 terms; 200 appended paragraphs (${scan500[0].rescans[0].timings?.nodes ?? '?'} text nodes, about 98 k characters)`,
      }),
    )
  } else rows.push(failed('glossary.incremental_200_nodes_ms', 'ms', why('scan500')))

  if (ok('walk', walk) && ok('scan500', scan500)) {
    const ratios = scan500.flatMap((s) => {
      const w = walk.find((x) => x.round === s.round)
      return w ? [median(s.frames) / median(w.frames)] : []
    })
    const withMarks = median(scan500.flatMap((r) => r.frames))
    rows.push(
      ratioRow(
        'glossary.frame_tax_ratio',
        ratios,
        { name: 'next frame after a class change, no marks, ms', value: median(walk.flatMap((r) => r.frames)) },
        `goal ≤ 1.2; 500 terms; ${FRAMES_PER_PAGE} changes per page; with marks ${withMarks.toFixed(1)} ms`,
      ),
    )
  } else rows.push(failed('glossary.frame_tax_ratio', '×', why('walk', 'scan500')))
  return rows
}

function shuffle(list) {
  const out = [...list]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1))
    const swap = out[i]
    out[i] = out[j]
    out[j] = swap
  }
  return out
}
