// `npm run test:soak`: the reliability suites in long mode. The sync suite runs 200 seeds ×
// 1000 steps (SEEDS=, STEPS=, SEED_BASE= override), 5 seeds per vitest process: in
// vitest-pool-workers every Durable Object eviction leaves the isolate a little slower (the
// same seed run again and again: 3.6 s, 3.8, 4.5, 5.2, 6.4 s; 20 seeds in one process went from
// 9 s to 51 s each), so a long run needs fresh processes. Then the endpoint fuzzer runs 100,000
// requests (FUZZ_RUNS=). Failing seeds are printed with the command that replays them.
import { spawnSync } from 'node:child_process'

const seeds = Number(process.env.SEEDS) || 200
const steps = Number(process.env.STEPS) || 1000
const chunk = 5
const base = process.env.SEED_BASE ? Number(process.env.SEED_BASE) : Math.floor(Math.random() * 1_000_000) * 1000
const failed = []

function vitest(what, env) {
  const started = Date.now()
  const r = spawnSync('npx', ['vitest', 'run', '-c', 'test/vitest.reliability.config.ts', what], {
    stdio: 'inherit',
    env: { ...process.env, SOAK: '1', ...env },
  })
  return { ok: r.status === 0, seconds: ((Date.now() - started) / 1000).toFixed(0) }
}

console.log(`soak: ${seeds} seeds from ${base}, ${steps} steps each`)
for (let start = 0; start < seeds; start += chunk) {
  const n = Math.min(chunk, seeds - start)
  const r = vitest('test/reliability/sync/sync-faults', { SEED_BASE: String(base + start), SEEDS: String(n), STEPS: String(steps) })
  console.log(`◀ seeds ${base + start}–${base + start + n - 1}: ${r.ok ? 'ok' : 'FAILED'} in ${r.seconds} s`)
  if (!r.ok)
    failed.push(
      `seeds ${base + start}–${base + start + n - 1} (replay one: SEED=<seed> STEPS=${steps} npx vitest run -c test/vitest.reliability.config.ts test/reliability/sync/sync-faults)`,
    )
}
const fuzz = vitest('test/reliability/fuzz', {})
console.log(`◀ fuzz: ${fuzz.ok ? 'ok' : 'FAILED'} in ${fuzz.seconds} s`)
if (!fuzz.ok) failed.push('fuzz (its seed is printed above)')
if (failed.length) {
  console.error(`\nsoak failed:\n  ${failed.join('\n  ')}`)
  process.exit(1)
}
console.log('\nsoak: every seed kept every invariant')
