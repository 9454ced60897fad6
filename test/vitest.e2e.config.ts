import { defineConfig } from 'vitest/config'

// Real Chromium with the built extension against a real `wrangler dev`: slow, so serial.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
})
