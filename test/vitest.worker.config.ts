import { cloudflareTest } from '@cloudflare/vitest-pool-workers'
import { defineConfig } from 'vitest/config'

// Worker tests run inside workerd with the real Durable Objects and SQLite storage.
const worker = (bindings: Record<string, string>) =>
  cloudflareTest({
    main: './worker/src/index.ts',
    wrangler: { configPath: './worker/wrangler.jsonc' },
    miniflare: { bindings },
  })

export default defineConfig({
  test: {
    testTimeout: 20_000,
    projects: [
      {
        // Production limits, except invites: tests accept many of them from one address.
        // A small attachment quota (64 MiB), so the quota is reached by declaring three files.
        plugins: [worker({ INVITE_ATTEMPTS_PER_MINUTE: '1000', FILE_QUOTA_BYTES: String(64 * 1024 * 1024) })],
        test: { name: 'worker', include: ['test/worker/**/*.test.ts'], exclude: ['test/worker/throttled/**'], testTimeout: 20_000 },
      },
      {
        // Tiny limits, so throttling is reached in a few requests; nothing else runs here.
        plugins: [worker({ INVITE_ATTEMPTS_PER_MINUTE: '3', RATE_LIMIT_BURST: '20', RATE_LIMIT_PER_MINUTE: '60' })],
        test: { name: 'worker-throttled', include: ['test/worker/throttled/**/*.test.ts'], testTimeout: 20_000 },
      },
    ],
  },
})
