// Firefox ESR driven by puppeteer-core over WebDriver BiDi, with the Firefox build installed the
// way a user's profile holds an add-on. What works (TOOLCHAIN.md, pitfall 11): BiDi will not
// navigate to moz-extension:// URLs and a temporary add-on's pages cannot be opened, so the build
// goes into the profile's extensions folder (a proxy file naming its directory), with a fixed
// internal UUID, and the first extension page comes from the command line. Every other extension
// page is opened by the extension itself (tabs.create), and the event page is reached from an
// extension page with runtime.getBackgroundPage().
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core'
// @ts-expect-error plain ESM helper shared with npm start -- --firefox
import { firefoxPrefs, GECKO_ID } from '../../../scripts/firefox-profile.mjs'

export const FIREFOX = '/usr/bin/firefox-esr'
/** The test build (RELAIS_TEST_BUILD=1): the production code plus the background's relais* test hooks. */
export const FIREFOX_BUILD = resolve('.output/firefox-mv3-e2e')
export { GECKO_ID }

/** Generous limits: Firefox takes 5–40 s to start on a loaded 2-core machine; tests wait on conditions. */
export const HOOK_MS = 300_000
export const TEST_MS = 240_000

export type FirefoxProfile = {
  browser: Browser
  uuid: string
  /** An extension page kept open to reach the background and open other extension pages. */
  control: Page
  url: (path: string) => string
  close: () => Promise<void>
}

/**
 * A private copy of the build: `wxt build` empties .output while it runs, and a Firefox profile
 * reads the add-on's files for as long as it runs.
 */
export async function snapshotBuild(): Promise<string> {
  const needed = ['manifest.json', 'background.js', 'popup.html', 'options.html']
  const stamp = () => (existsSync(join(FIREFOX_BUILD, 'manifest.json')) ? statSync(join(FIREFOX_BUILD, 'manifest.json')).mtimeMs : 0)
  for (let attempt = 0; attempt < 60; attempt++) {
    const before = stamp()
    const copy = mkdtempSync(join(tmpdir(), 'relais-ff-ext-'))
    if (needed.every((file) => existsSync(join(FIREFOX_BUILD, file)))) {
      cpSync(FIREFOX_BUILD, copy, { recursive: true })
      if (stamp() === before && needed.every((file) => existsSync(join(copy, file)))) return copy
    }
    rmSync(copy, { recursive: true, force: true })
    await new Promise((r) => setTimeout(r, 1000))
  }
  throw new Error(`no complete Firefox build in ${FIREFOX_BUILD}: run RELAIS_TEST_BUILD=1 npx wxt build -b firefox --mv3`)
}

export type LaunchOptions = {
  /**
   * Answer the browser's optional-permission prompts with "Allow" (Firefox's own switch for
   * this, `extensions.webextOptionalPermissionPrompts`): the product still calls
   * permissions.request on the user's click, headless Firefox just has no doorhanger to click.
   */
  acceptPermissionPrompts?: boolean
  prefs?: Record<string, unknown>
}

/** Every Firefox this process started: killed if the run is cut short (a timeout, Ctrl+C). */
const running = new Set<Browser>()
process.once('exit', () => {
  for (const browser of running) browser.process()?.kill('SIGKILL')
})

/** A fresh Firefox profile with the Relais build installed and enabled, as a user would have it. */
export async function launchFirefox(options: LaunchOptions = {}): Promise<FirefoxProfile> {
  const extensionDir = await snapshotBuild()
  const dir = mkdtempSync(join(tmpdir(), 'relais-ff-profile-'))
  mkdirSync(join(dir, 'extensions'))
  // A proxy file: the add-on is read from the directory it names.
  writeFileSync(join(dir, 'extensions', GECKO_ID), extensionDir)
  const uuid = crypto.randomUUID()
  const url = (path: string) => `moz-extension://${uuid}/${path}`
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: dir,
    defaultViewport: { width: 1100, height: 700 },
    extraPrefsFirefox: {
      ...firefoxPrefs(uuid),
      'extensions.webextOptionalPermissionPrompts': !options.acceptPermissionPrompts,
      'intl.locale.requested': 'en-US',
      'intl.accept_languages': 'en-US, en',
      ...options.prefs,
    },
    args: [url('options.html')],
  })
  running.add(browser)
  try {
    const control = await waitFor(
      'the extension page from the command line',
      async () => (await browser.pages()).find((p) => p.url() === url('options.html')),
      60_000,
    )
    await control.waitForFunction(() => typeof (globalThis as any).browser?.runtime?.getBackgroundPage === 'function', {
      timeout: 60_000,
      polling: 100,
    })
    await waitFor(
      'the event page',
      () =>
        control.evaluate(async () => {
          const bg: any = await (globalThis as any).browser.runtime.getBackgroundPage()
          return typeof bg?.relaisDb === 'function'
        }),
      60_000,
    )
    return {
      browser,
      uuid,
      control,
      url,
      close: async () => {
        await browser.close().catch(() => {})
        running.delete(browser)
        rmSync(dir, { recursive: true, force: true })
        rmSync(extensionDir, { recursive: true, force: true })
      },
    }
  } catch (error) {
    await browser.close().catch(() => {})
    rmSync(dir, { recursive: true, force: true })
    rmSync(extensionDir, { recursive: true, force: true })
    throw error
  }
}

/**
 * The pages whose own location passes `match`. Asked of each page: BiDi reports the tabs and
 * windows an extension opens as about:blank, whatever they load.
 */
async function pagesAt(profile: FirefoxProfile, match: (url: string) => boolean, skip: Set<Page>): Promise<Page[]> {
  const found: Page[] = []
  for (const page of await profile.browser.pages()) {
    if (skip.has(page)) continue
    // A page mid-navigation (or closing) may never answer: ask again on the next round.
    const href = await Promise.race([
      page.evaluate(() => location.href).catch(() => ''),
      new Promise<string>((done) => setTimeout(() => done(''), 2000)),
    ])
    if (match(href)) found.push(page)
  }
  return found
}

/** The next page whose location passes `match`, opened by whatever `trigger` does. */
export async function pageOpenedBy(
  profile: FirefoxProfile,
  match: (url: string) => boolean,
  trigger: () => Promise<unknown>,
): Promise<Page> {
  const before = new Set(await profile.browser.pages())
  await trigger()
  const [page] = await waitFor(
    'the page it opens',
    async () => {
      const found = await pagesAt(profile, match, before)
      return found.length > 0 ? found : null
    },
    30_000,
  )
  await page!.waitForFunction(() => document.readyState === 'complete', { polling: 100 })
  return page!
}

/** Opens an extension page in a new tab, the way the extension opens its own pages. */
export async function openExtensionPage(profile: FirefoxProfile, path: string): Promise<Page> {
  const target = profile.url(path)
  return pageOpenedBy(
    profile,
    (u) => u === target,
    () => profile.control.evaluate((u) => (globalThis as any).browser.tabs.create({ url: u }).then(() => true), target),
  )
}

/** The control of a label (by its text), as a user finds it. */
export async function field(page: Page, label: string, which: 'first' | 'last' = 'first'): Promise<ElementHandle<HTMLInputElement>> {
  const handle = await page.waitForFunction(
    (text, pick) => {
      const labels = [...document.querySelectorAll('label')].filter((l) => l.textContent?.trim() === text)
      const l = pick === 'last' ? labels.at(-1) : labels[0]
      return (l?.htmlFor ? document.getElementById(l.htmlFor) : l?.querySelector('input, textarea, select')) ?? false
    },
    { timeout: 30_000, polling: 100 },
    label,
    which,
  )
  return handle as unknown as ElementHandle<HTMLInputElement>
}

/** A button (or option, link) by its visible text or accessible label. */
export async function control(page: Page, selector: string, text: string | RegExp, timeout = 30_000): Promise<ElementHandle<HTMLElement>> {
  const source = typeof text === 'string' ? { s: text } : { r: text.source, f: text.flags }
  const handle = await page.waitForFunction(
    (sel, t) => {
      const test = (s: string) => ('s' in t ? s === t.s : new RegExp(t.r, t.f).test(s))
      return (
        [...document.querySelectorAll<HTMLElement>(sel)].find(
          (b) => test(b.textContent?.trim() ?? '') || test(b.getAttribute('aria-label') ?? ''),
        ) ?? false
      )
    },
    { timeout, polling: 100 },
    selector,
    source as any,
  )
  return handle as unknown as ElementHandle<HTMLElement>
}

/** Replaces a field's text by typing, as a user would (real key events). */
export async function typeInto(handle: ElementHandle<HTMLInputElement>, text: string): Promise<void> {
  await handle.evaluate((el) => {
    el.focus()
    el.select?.()
  })
  await handle.type(text)
}

export async function pageText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText)
}

/** With RELAIS_E2E_TRACE=1, each step and its time (where a slow run spends it). */
export function trace(step: string): void {
  if (process.env.RELAIS_E2E_TRACE) console.log(`[firefox e2e ${new Date().toISOString().slice(11, 19)}] ${step}`)
}

export async function waitFor<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 15_000): Promise<T> {
  trace(`waiting for ${what}`)
  const started = Date.now()
  let last: unknown
  for (;;) {
    try {
      const value = await probe()
      if (value) return value
    } catch (error) {
      last = error
    }
    if (Date.now() - started > timeoutMs) trace(`gave up on ${what}`)
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}${last ? ` (last error: ${last})` : ''}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}
