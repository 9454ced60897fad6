// `npm test`: type-check, unit tests, worker tests inside workerd, the reliability suites (short
// mode; `npm run test:soak` runs them long), then the end-to-end suite (the built extension in
// real Chromium against a real `wrangler dev`).
import { spawnSync } from 'node:child_process'

const steps = [
  ['type-check', 'npm', ['run', 'typecheck']],
  ['unit', 'npm', ['run', 'test:unit']],
  ['worker (workerd)', 'npm', ['run', 'test:worker']],
  ['reliability: sync under faults, endpoint fuzzing (workerd, short mode)', 'npm', ['run', 'test:reliability']],
  ['end-to-end (Chromium + wrangler dev)', 'npm', ['run', 'test:e2e']],
]
for (const [name, cmd, args] of steps) {
  console.log(`\n▶ ${name}`)
  const started = Date.now()
  const r = spawnSync(cmd, args, { stdio: 'inherit' })
  console.log(`◀ ${name}: ${r.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  if (r.status !== 0) process.exit(r.status ?? 1)
}
