import { defineConfig } from 'vitest/config'

// Real Chromium with the built extension against a real `wrangler dev`: slow, so serial. The
// timeouts only bound a failure (every wait is on a condition): generous, so that a machine with
// every core busy makes the suite slow, not red. No retries.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 300_000,
    retry: 0,
  },
})
