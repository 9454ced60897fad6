import puppeteer from 'puppeteer-core'
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { startWorker } from './scripts/worker-process.mjs'
const ID = 'relais@relais.example'
const UUID = '6d1f8c1e-7a3b-4c55-9e0a-2b7f3c9d1e01'
const dir = mkdtempSync(join(tmpdir(), 'ff-'))
mkdirSync(join(dir, 'extensions'))
execFileSync('zip', ['-qr', join(dir, 'extensions', ID + '.xpi'), '.'], { cwd: resolve('.output/firefox-mv3') })
const state = mkdtempSync(join(tmpdir(), 'st-'))
const [worker, browser] = await Promise.all([startWorker({ port: 18787, persistTo: state }), puppeteer.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true, userDataDir: dir,
  extraPrefsFirefox: { 'xpinstall.signatures.required': false, 'extensions.autoDisableScopes': 0, 'extensions.enabledScopes': 15,
    'extensions.webextensions.uuids': JSON.stringify({ [ID]: UUID }) },
  args: [`moz-extension://${UUID}/options.html`] })])
try {
let page
for (let i = 0; i < 100 && !page; i++) { page = (await browser.pages()).find((p) => p.url().startsWith('moz-extension')); if (!page) await new Promise(r => setTimeout(r, 100)) }
await page.waitForFunction(() => document.querySelector('button'))
console.log(await page.evaluate(async () => ({
  withPort: await browser.permissions.contains({ origins: ['http://127.0.0.1:18787/*'] }).catch(String),
  noPort: await browser.permissions.contains({ origins: ['http://127.0.0.1/*'] }).catch(String),
})))
} finally {
await browser.close(); await worker.stop()
rmSync(dir, { recursive: true, force: true })
}
