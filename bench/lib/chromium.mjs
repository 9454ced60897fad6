// Real Chromium through playwright-core, as the end-to-end harness launches it
// (test/e2e/harness.ts is TypeScript, so its few lines are repeated here for plain Node).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-core'

// scripts/bench.mjs points these at private copies of the builds, which a concurrent
// `wxt build` (it empties .output first) cannot pull from under a running benchmark.
// The test build (RELAIS_TEST_BUILD=1): the benchmarks drive its background through relaisDb.
export const EXTENSION_DIR = resolve(process.env.RELAIS_BENCH_EXTENSION ?? '.output/chrome-mv3-e2e')
// The production build, for its sizes.
export const PRODUCTION_DIR = resolve(process.env.RELAIS_BENCH_PRODUCTION ?? '.output/chrome-mv3')
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

const QUIET_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--lang=en-US',
]

/** A fresh profile with the built extension loaded, as a user would have it. */
export async function launchProfile() {
  const dir = mkdtempSync(join(tmpdir(), 'relais-bench-profile-'))
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'en-US',
    viewport: { width: 1280, height: 800 },
    args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, ...QUIET_ARGS],
  })
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'))
  const extensionId = new URL(sw.url()).host
  const url = (path) => `chrome-extension://${extensionId}/${path}`
  return {
    context,
    sw,
    extensionId,
    url,
    close: async () => {
      await context.close().catch(() => {})
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** A plain browser without the extension, for pages the benchmark serves itself. */
export async function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: QUIET_ARGS })
}

/** Opens an extension page that stays open, to talk to the background as the UI does. */
export async function extensionPage(profile, path = 'options.html') {
  const page = await profile.context.newPage()
  await page.goto(profile.url(path))
  return page
}

/** Sends a message to the background from an extension page, as the options page does. */
export async function ask(page, message) {
  const reply = await page.evaluate((m) => chrome.runtime.sendMessage(m), message)
  if (!reply?.ok) throw new Error(`${message.type} failed: ${reply?.error ?? 'no reply'}`)
  return reply
}

export async function waitFor(what, probe, timeoutMs = 30_000, everyMs = 20) {
  const started = Date.now()
  for (;;) {
    const value = await probe()
    if (value) return value
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, everyMs))
  }
}
