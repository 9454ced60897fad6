import { defineConfig } from 'vitest/config'
import { WxtVitest } from 'wxt/testing/vitest-plugin'

// Pure logic (shared/) and extension modules. Files that need a DOM opt in with
// `// @vitest-environment happy-dom`; Dexie runs on fake-indexeddb.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    root: '.',
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['test/unit/setup.ts'],
  },
})
