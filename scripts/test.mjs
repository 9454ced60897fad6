// `npm test`: lint, type-check, unit tests, worker tests inside workerd, the reliability suites (short
// mode; `npm run test:soak` runs them long), then the end-to-end suite (the built extension in
// real Chromium and Firefox ESR against a real `wrangler dev`). Ends with one line of totals over all suites.
import { spawn } from 'node:child_process'
import { stripVTControlCharacters } from 'node:util'

const steps = [
  ['lint (Biome)', 'npm', ['run', 'lint']],
  ['type-check', 'npm', ['run', 'typecheck']],
  ['unit', 'npm', ['run', 'test:unit']],
  ['worker (workerd)', 'npm', ['run', 'test:worker']],
  ['reliability: sync under faults, endpoint fuzzing (workerd, short mode)', 'npm', ['run', 'test:reliability']],
  ['end-to-end (Chromium and Firefox ESR + wrangler dev)', 'npm', ['run', 'test:e2e']],
]

// Streams a step's output as it comes, and keeps it to read vitest's "Tests" summary line.
function run(cmd, args) {
  return new Promise((done) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk)
      out += chunk
    })
    child.on('close', (status) => done({ status, out }))
  })
}

const totals = { passed: 0, failed: 0, skipped: 0 }
for (const [name, cmd, args] of steps) {
  console.log(`\n▶ ${name}`)
  const started = Date.now()
  const { status, out } = await run(cmd, args)
  const plain = stripVTControlCharacters(out)
  for (const line of plain.split('\n').filter((l) => /^\s*Tests\s/.test(l))) {
    for (const kind of Object.keys(totals)) totals[kind] += Number(new RegExp(`(\\d+) ${kind}`).exec(line)?.[1] ?? 0)
  }
  console.log(`◀ ${name}: ${status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  if (status !== 0) {
    console.log(`\n${totals.passed} passed, ${Math.max(totals.failed, 1)} failed`)
    process.exit(status ?? 1)
  }
}
console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`)
