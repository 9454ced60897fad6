import { cloudflareTest } from '@cloudflare/vitest-pool-workers'
import { defineConfig } from 'vitest/config'

/**
 * The reliability suites (test/reliability): the extension's sync engine on several devices
 * against the real worker under faults, and the endpoint fuzzer. Both run inside workerd with
 * the real Durable Objects. Short mode runs in `npm test`; `npm run test:soak` (scripts/soak.mjs)
 * runs them long, with SOAK=1.
 * Settings reach the tests as bindings, since workerd does not see this process's env.
 */
const settings = {
  RELIABILITY_SOAK: process.env.SOAK ?? '',
  RELIABILITY_SEED: process.env.SEED ?? '',
  RELIABILITY_SEEDS: process.env.SEEDS ?? '',
  RELIABILITY_SEED_BASE: process.env.SEED_BASE ?? '',
  RELIABILITY_STEPS: process.env.STEPS ?? '',
  RELIABILITY_FUZZ_RUNS: process.env.FUZZ_RUNS ?? '',
}

const worker = cloudflareTest({
  main: './worker/src/index.ts',
  wrangler: { configPath: './worker/wrangler.jsonc' },
  // The runs hammer one workspace far faster than a person: rate limits are the throttled suite's job.
  miniflare: {
    bindings: { RATE_LIMIT_BURST: '1000000', RATE_LIMIT_PER_MINUTE: '1000000', INVITE_ATTEMPTS_PER_MINUTE: '100000', ...settings },
  },
})

export default defineConfig({
  plugins: [worker],
  test: {
    name: 'reliability',
    include: ['test/reliability/**/*.test.ts'],
    // Dexie needs IndexedDB; workerd has none, so the devices use fake-indexeddb.
    setupFiles: ['test/reliability/setup.ts'],
    testTimeout: process.env.SOAK ? 3_600_000 : 120_000,
    // The worker logs each planted fault as an unhandled error; the suites judge the answers.
    onConsoleLog: (log) => !log.startsWith('unhandled error '),
  },
})
