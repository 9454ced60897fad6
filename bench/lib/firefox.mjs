// Firefox ESR through puppeteer-core (WebDriver BiDi), as test/e2e/firefox/harness.ts launches it
// (TypeScript there, so its few lines are repeated here for plain Node): the test build in the
// profile's extensions folder, its pages opened by the extension, its event page reached with
// runtime.getBackgroundPage().
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import puppeteer from 'puppeteer-core'
import { firefoxPrefs, GECKO_ID } from '../../scripts/firefox-profile.mjs'
import { waitFor } from './chromium.mjs'

// scripts/bench.mjs points this at a private copy of the Firefox test build.
export const FIREFOX_EXTENSION_DIR = resolve(process.env.RELAIS_BENCH_FIREFOX_EXTENSION ?? '.output/firefox-mv3-e2e')
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'

export async function launchFirefoxProfile() {
  const dir = mkdtempSync(join(tmpdir(), 'relais-bench-ff-'))
  const extensionDir = join(dir, 'relais')
  cpSync(FIREFOX_EXTENSION_DIR, extensionDir, { recursive: true })
  mkdirSync(join(dir, 'profile', 'extensions'), { recursive: true })
  writeFileSync(join(dir, 'profile', 'extensions', GECKO_ID), extensionDir)
  const uuid = crypto.randomUUID()
  const url = (path) => `moz-extension://${uuid}/${path}`
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: join(dir, 'profile'),
    defaultViewport: { width: 1280, height: 800 },
    extraPrefsFirefox: firefoxPrefs(uuid),
    args: [url('options.html')],
  })
  const close = async () => {
    await browser.close().catch(() => {})
    rmSync(dir, { recursive: true, force: true })
  }
  try {
    const control = await waitFor(
      'the extension page',
      async () => (await browser.pages()).find((p) => p.url() === url('options.html')),
      60_000,
      100,
    )
    await waitFor(
      'the event page',
      () => control.evaluate(async () => typeof (await browser.runtime.getBackgroundPage())?.relaisDb === 'function').catch(() => false),
      60_000,
      100,
    )
    return { browser, control, url, close }
  } catch (err) {
    await close()
    throw err
  }
}

/** Opens an extension page in a tab (BiDi reports such tabs as about:blank: each page is asked where it is). */
export async function firefoxExtensionPage(profile, path) {
  const target = profile.url(path)
  const before = new Set(await profile.browser.pages())
  await profile.control.evaluate((u) => browser.tabs.create({ url: u }).then(() => true), target)
  return waitFor(
    `${path} open`,
    async () => {
      for (const page of await profile.browser.pages()) {
        if (before.has(page)) continue
        const href = await Promise.race([
          page.evaluate(() => document.readyState === 'complete' && location.href).catch(() => ''),
          new Promise((r) => setTimeout(() => r(''), 2000)),
        ])
        if (href === target) return page
      }
      return null
    },
    60_000,
    100,
  )
}

export async function askFirefox(page, message) {
  const reply = await page.evaluate((m) => browser.runtime.sendMessage(m), message)
  if (!reply?.ok) throw new Error(`background refused ${message.type}: ${reply?.error}`)
  return reply
}
