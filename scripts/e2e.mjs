// The end-to-end suite: build the extension (Chromium and Firefox), then run test/e2e with vitest
// (test/e2e/firefox: the Firefox build in Firefox ESR). Each test file
// starts its own `wrangler dev` on a free port with a fresh state folder.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

for (const [binary, pkg] of [['/usr/bin/chromium', 'chromium'], ['/usr/bin/firefox-esr', 'firefox-esr']]) {
  if (!existsSync(binary)) {
    console.error(`${binary} is missing: install it with \`apt-get install -y ${pkg}\` (the end-to-end suite needs it).`)
    process.exit(1)
  }
}
const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' })
if (build.status !== 0) process.exit(build.status ?? 1)
// The Firefox build: its manifest is checked by test/e2e/bundle.test.ts, and test/e2e/firefox runs it in Firefox ESR.
const firefox = spawnSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], { stdio: 'inherit' })
if (firefox.status !== 0) process.exit(firefox.status ?? 1)
const run = spawnSync('npx', ['vitest', 'run', '-c', 'test/vitest.e2e.config.ts', ...process.argv.slice(2)], { stdio: 'inherit' })
process.exit(run.status ?? 1)
