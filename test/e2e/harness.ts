import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core'
// @ts-expect-error plain ESM helper shared with npm start and the benchmarks
import { startWorker } from '../../scripts/worker-process.mjs'

/** The test build (RELAIS_TEST_BUILD=1, scripts/e2e.mjs): production code plus the background's test hooks. */
export const EXTENSION_DIR = resolve('.output/chrome-mv3-e2e')
/** The production build, as the Chrome Web Store would receive it (test/e2e/bundle.test.ts). */
export const PRODUCTION_DIR = resolve('.output/chrome-mv3')

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => done(port))
    })
    server.on('error', fail)
  })
}

export type LocalWorker = { url: string; stateDir: string; stop: () => Promise<void>; restart: () => Promise<void> }

/** A real `wrangler dev` on a free port with its own state folder, restartable on the same state. */
export async function localWorker(): Promise<LocalWorker> {
  const port = await freePort()
  const stateDir = mkdtempSync(join(tmpdir(), 'relais-e2e-state-'))
  let handle = await startWorker({ port, persistTo: stateDir })
  return {
    url: handle.url,
    stateDir,
    stop: async () => {
      await handle.stop()
    },
    restart: async () => {
      handle = await startWorker({ port, persistTo: stateDir })
    },
  }
}

export type Profile = { context: BrowserContext; sw: Worker; extensionId: string; close: () => Promise<void> }

/**
 * A Chromium profile with the built extension loaded, as a user would have it. A first install
 * opens the welcome page; unless the test asks to keep it, it is waited for and closed, so
 * tests start from the same tabs every time.
 */
export async function launchProfile({ welcome = false }: { welcome?: boolean } = {}): Promise<Profile> {
  const dir = mkdtempSync(join(tmpdir(), 'relais-e2e-profile-'))
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    locale: 'en-US',
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--lang=en-US',
    ],
  })
  // Playwright's own waits (clicks, `waitFor` on a locator) get the same slack as ours.
  context.setDefaultTimeout(60_000)
  const first = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'))
  const extensionId = new URL(first.url()).host
  if (!welcome) await (await welcomePage(context)).close()
  return {
    context,
    extensionId,
    // Chrome stops an idle service worker and starts a new one on the next event: always
    // talk to the one that is running now.
    get sw() {
      return context.serviceWorkers().at(-1) ?? first
    },
    close: async () => {
      await context.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** The tab the extension opens on a first install. */
export async function welcomePage(context: BrowserContext): Promise<Page> {
  return waitFor('the welcome page', async () => context.pages().find((p) => p.url().endsWith('/welcome.html')))
}

/** Sends a message to the background from an extension page, as the options page does. */
export async function ask(profile: Profile, message: unknown): Promise<any> {
  const page = await profile.context.newPage()
  await page.goto(`chrome-extension://${profile.extensionId}/popup.html`)
  const reply = await page.evaluate((m) => chrome.runtime.sendMessage(m), message)
  await page.close()
  return reply
}

/** Two animation frames: what the page last changed is laid out and painted (for screenshots). */
export async function painted(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
}

/**
 * Polls `probe` until it returns something. The timeout only bounds a failure: it is generous,
 * so that a machine with every core busy is slow, not red.
 */
export async function waitFor<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 60_000): Promise<T> {
  const started = Date.now()
  for (;;) {
    const value = await probe()
    if (value) return value
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 50))
  }
}
