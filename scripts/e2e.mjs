// The end-to-end suite: build the extension, then run test/e2e with vitest. Each test file
// starts its own `wrangler dev` on a free port with a fresh state folder. Four builds: the
// production ones (Chrome and Firefox, checked by test/e2e/bundle.test.ts) and the test builds the
// browsers load (the same code plus the background's test hooks, in .output/chrome-mv3-e2e and
// .output/firefox-mv3-e2e; test/e2e/firefox runs the latter in Firefox ESR).
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

for (const [binary, pkg] of [
  ['/usr/bin/chromium', 'chromium'],
  ['/usr/bin/firefox-esr', 'firefox-esr'],
]) {
  if (!existsSync(binary)) {
    console.error(`${binary} is missing: install it with \`apt-get install -y ${pkg}\` (the end-to-end suite needs it).`)
    process.exit(1)
  }
}
const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' })
if (build.status !== 0) process.exit(build.status ?? 1)
const firefox = spawnSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], { stdio: 'inherit' })
if (firefox.status !== 0) process.exit(firefox.status ?? 1)
const testBuild = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit', env: { ...process.env, RELAIS_TEST_BUILD: '1' } })
if (testBuild.status !== 0) process.exit(testBuild.status ?? 1)
const firefoxTestBuild = spawnSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], {
  stdio: 'inherit',
  env: { ...process.env, RELAIS_TEST_BUILD: '1' },
})
if (firefoxTestBuild.status !== 0) process.exit(firefoxTestBuild.status ?? 1)
const run = spawnSync('npx', ['vitest', 'run', '-c', 'test/vitest.e2e.config.ts', ...process.argv.slice(2)], { stdio: 'inherit' })
process.exit(run.status ?? 1)
