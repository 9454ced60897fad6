// `npm run bench [-- name-prefix…] [--markdown]`: builds the extension, runs every benchmark
// in bench/ (or those whose module or result names start with a given prefix), prints a
// table and writes bench/results/latest.json. A benchmark that cannot run records why, and
// the run goes on. See bench/README.md.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const MODULES = [
  'bundle-size',
  'glossary',
  'ui-queue-50k',
  'sync-clip-to-queue',
  'sync-clip-to-queue-firefox',
  'sync-reconnect',
  'sync-pull-10k',
  'sync-push-throughput',
  'files-roundtrip',
]
// A hung browser must not eat the whole run's time.
const MODULE_TIMEOUT_MS = 6 * 60_000

const args = process.argv.slice(2)
const markdown = args.includes('--markdown')
const filters = args.filter((a) => !a.startsWith('--'))
// `sync`, `sync-pull`, `sync.pull_10k_items_ms` and `ui` all name modules.
const chosen = MODULES.filter(
  (m) =>
    filters.length === 0 ||
    filters.some((f) => {
      const name = f.replace(/[._]/g, '-')
      return m.startsWith(name) || name.startsWith(m)
    }),
)

const started = Date.now()
const extensionCopy = mkdtempSync(join(tmpdir(), 'relais-bench-extension-'))
const productionCopy = mkdtempSync(join(tmpdir(), 'relais-bench-production-'))
process.env.RELAIS_BENCH_EXTENSION = extensionCopy
process.env.RELAIS_BENCH_PRODUCTION = productionCopy
const firefoxCopy = mkdtempSync(join(tmpdir(), 'relais-bench-firefox-'))
process.env.RELAIS_BENCH_FIREFOX_EXTENSION = firefoxCopy
const buildError =
  build(productionCopy, {}, 'chrome-mv3') ??
  build(extensionCopy, { RELAIS_TEST_BUILD: '1' }, 'chrome-mv3-e2e') ??
  build(firefoxCopy, { RELAIS_TEST_BUILD: '1' }, 'firefox-mv3-e2e', ['-b', 'firefox', '--mv3'])

const { machine } = await import('../bench/lib/machine.mjs')
const { benchWorker } = await import('../bench/lib/worker.mjs')
const { failed } = await import('../bench/lib/result.mjs')
const { markdownTable, textTable } = await import('../bench/lib/report.mjs')

const info = machine()
let worker = null
let workerError = null
const rows = []
try {
  for (const file of chosen) {
    const mod = await import(`../bench/${file}.mjs`)
    const t0 = Date.now()
    process.stdout.write(`• ${file} … `)
    let result
    if (mod.needsWorker && !(mod.needsBuild && buildError)) worker ??= await startWorkerOnce()
    const allFailed = (why) => mod.names.map((n) => failed(n, '', why))
    if (mod.needsBuild && buildError) {
      result = allFailed(`the extension did not build: ${buildError}`)
    } else if (mod.needsWorker && !worker) {
      result = allFailed(`wrangler dev did not start: ${workerError}`)
    } else {
      result = await withTimeout(mod.run({ worker }), MODULE_TIMEOUT_MS).catch(allFailed)
    }
    rows.push(...result)
    console.log(`${((Date.now() - t0) / 1000).toFixed(0)} s`)
  }
} finally {
  await worker?.stop()
  rmSync(extensionCopy, { recursive: true, force: true })
  rmSync(productionCopy, { recursive: true, force: true })
  rmSync(firefoxCopy, { recursive: true, force: true })
}

const report = {
  machine: {
    ...info,
    loadAverageAtEnd: loadavg().map((x) => Math.round(x * 100) / 100),
    totalSeconds: Math.round((Date.now() - started) / 1000),
  },
  date: new Date().toISOString(),
  benchmarks: rows,
}
mkdirSync(resolve('bench/results'), { recursive: true })
writeFileSync(resolve('bench/results/latest.json'), `${JSON.stringify(report, null, 2)}\n`)
console.log(`\n${textTable(rows)}\n`)
if (markdown) console.log(`${markdownTable(rows)}\n`)
console.log(
  `${info.cpu}, load ${info.loadAverageAtStart.join(' ')} → ${report.machine.loadAverageAtEnd.join(' ')}; ${report.machine.totalSeconds} s. Written to bench/results/latest.json`,
)
// Playwright and wrangler may leave handles open after a failure; the report is written.
process.exit(0)

/** The production build (sizes) or the test build (RELAIS_TEST_BUILD=1: the others drive its background). */
function build(into, env, folder, args = []) {
  const out = spawnSync('npx', ['wxt', 'build', ...args], { encoding: 'utf8', env: { ...process.env, ...env } })
  if (out.status !== 0) return (out.stderr || out.stdout || 'wxt build failed').trim().split('\n').slice(-3).join(' ')
  // Another `wxt build` (a colleague's, a watcher) empties .output: benchmark a private copy.
  if (!existsSync(`.output/${folder}/manifest.json`)) return `no .output/${folder}/manifest.json after the build`
  cpSync(`.output/${folder}`, into, { recursive: true })
  return null
}

async function startWorkerOnce() {
  if (workerError) return null
  try {
    return await benchWorker()
  } catch (err) {
    workerError = err instanceof Error ? err.message.split('\n')[0] : String(err)
    return null
  }
}

function withTimeout(promise, ms) {
  let timer
  return Promise.race([
    promise,
    new Promise((_, fail) => {
      timer = setTimeout(() => fail(new Error(`did not finish within ${ms / 60_000} min`)), ms)
    }),
  ]).finally(() => clearTimeout(timer))
}
