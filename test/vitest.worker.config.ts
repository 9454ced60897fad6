import { cloudflareTest } from '@cloudflare/vitest-pool-workers'
import { defineConfig } from 'vitest/config'

// Worker tests run inside workerd with the real Durable Objects and SQLite storage.
export default defineConfig({
  plugins: [
    cloudflareTest({
      main: './worker/src/index.ts',
      wrangler: { configPath: './worker/wrangler.jsonc' },
      miniflare: { bindings: { INVITE_ATTEMPTS_PER_MINUTE: '1000' } },
    }),
  ],
  test: {
    include: ['test/worker/**/*.test.ts'],
    testTimeout: 20_000,
  },
})
