// The Gmail buttons in real Chromium with the production build. Chromium cannot reach
// mail.google.com here, so Playwright answers https://mail.google.com/** with a fixture: the
// content script runs on a real Gmail URL. Gmail access is an optional permission whose prompt
// Playwright cannot click, so the profile starts with it granted, written into the profile's
// preferences exactly where Chromium records a user's grant; the background then registers
// the script by itself, as it does after a real grant.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EXTENSION_DIR, waitFor, type Profile } from './harness'

const GMAIL = 'https://mail.google.com/*'
const THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQcpKmXnVgjxCqmlckGCzvLvdNt'
const FIXTURE = readFileSync(resolve('test/unit/gmail/fixtures/thread-single-en-attachments.html'), 'utf8')
const PERMALINK = 'https://mail.google.com/mail/u/alice@example.com/#all/198c6747aabb71a9'

/**
 * A private copy of the build: `wxt build` empties .output while it runs, and the extension
 * is loaded twice (and read for minutes) here, so a build started meanwhile must not reach it.
 */
async function snapshotBuild(): Promise<string> {
  const needed = ['manifest.json', 'background.js', 'popup.html', 'content-scripts/gmail.js']
  const stamp = () => (existsSync(join(EXTENSION_DIR, 'manifest.json')) ? statSync(join(EXTENSION_DIR, 'manifest.json')).mtimeMs : 0)
  return waitFor(`a complete build in ${EXTENSION_DIR} (RELAIS_TEST_BUILD=1 npx wxt build)`, async () => {
    const before = stamp()
    const copy = mkdtempSync(join(tmpdir(), 'relais-e2e-gmail-ext-'))
    if (needed.every((file) => existsSync(join(EXTENSION_DIR, file)))) {
      cpSync(EXTENSION_DIR, copy, { recursive: true })
      if (stamp() === before && needed.every((file) => existsSync(join(copy, file)))) return copy
    }
    rmSync(copy, { recursive: true, force: true })
    return null
  })
}

async function launch(dir: string, extensionDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(dir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    locale: 'en-US',
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--lang=en-US',
    ],
  })
}

/** Records Gmail access in the profile as Chromium does when the user accepts the prompt. */
function grantGmailInPreferences(dir: string, extensionDir: string): void {
  const path = join(dir, 'Default', 'Preferences')
  const prefs = JSON.parse(readFileSync(path, 'utf8'))
  const settings = Object.values<any>(prefs.extensions?.settings ?? {}).find((s) => s.path === extensionDir)
  if (!settings) throw new Error('the extension is not in the profile preferences')
  for (const key of ['granted_permissions', 'active_permissions', 'runtime_granted_permissions']) {
    const set = settings[key] ?? { api: [], explicit_host: [], manifest_permissions: [], scriptable_host: [] }
    set.explicit_host = [...new Set([...(set.explicit_host ?? []), GMAIL])]
    settings[key] = set
  }
  writeFileSync(path, JSON.stringify(prefs))
}

/** A profile with the built extension installed and Gmail access already granted. */
async function launchWithGmailGranted(): Promise<Profile> {
  const extensionDir = await snapshotBuild()
  const dir = mkdtempSync(join(tmpdir(), 'relais-e2e-gmail-'))
  const first = await launch(dir, extensionDir) // installs the unpacked extension, writes its preferences
  if (first.serviceWorkers().length === 0) await first.waitForEvent('serviceworker')
  await first.close()
  grantGmailInPreferences(dir, extensionDir)
  const context = await launch(dir, extensionDir)
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'))
  return {
    context,
    sw,
    extensionId: new URL(sw.url()).host,
    close: async () => {
      await context.close()
      rmSync(dir, { recursive: true, force: true })
      rmSync(extensionDir, { recursive: true, force: true })
    },
  }
}

type HostInfo = { tag: string; count: number }

/** Our hosts as the page sees them: custom elements in the subject bar and beside Reply. */
async function relaisHosts(page: Page): Promise<HostInfo> {
  return page.evaluate(() => {
    const hosts = [...document.querySelectorAll('.bHJ > *, td.gH.acX > *')].filter((el) => el.localName.includes('-'))
    return { tag: hosts[0]?.localName ?? '', count: hosts.length }
  })
}

const drafts = (profile: Profile) => profile.sw.evaluate(() => (globalThis as any).relaisDb().drafts.toArray()) as Promise<any[]>
const registeredIds = (profile: Profile) =>
  profile.sw.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s: { id: string }) => s.id))

/**
 * The buttons ignore clicks in their first 500 ms on screen (clickjacking guard): wait until both
 * have been on screen that long, by the page's clock, from the moment the guard started counting.
 */
async function guardOpen(page: Page): Promise<void> {
  await waitFor('both buttons on screen for 500 ms', () =>
    page.evaluate(() => {
      const shown = performance.getEntriesByName('relais-gmail:on-screen')
      return shown.length >= 2 && performance.now() - Math.max(...shown.map((m) => m.startTime)) > 500
    }),
  )
}

/** A real click on a button opens the capture form: the draft it saved, and the form closed again. */
async function realClip(profile: Profile, page: Page, tag: string, nth: number): Promise<void> {
  const form = profile.context.waitForEvent('page', { predicate: (p) => p.url().includes('/popup.html?draft=') })
  await page.locator(tag).nth(nth).click()
  await (await form).close()
}

describe('Gmail capture in Chromium', () => {
  let profile: Profile
  let page: Page
  let hosts: HostInfo

  beforeAll(async () => {
    profile = await launchWithGmailGranted()
    await profile.context.route('https://mail.google.com/**', (route) =>
      route.fulfill({ body: FIXTURE, contentType: 'text/html; charset=utf-8' }),
    )
    await waitFor('the Gmail script registration', async () => (await registeredIds(profile)).includes('relais-gmail'))
    page = await profile.context.newPage()
    await page.goto(THREAD_URL)
    hosts = await waitFor('the Relais buttons', async () => {
      const found = await relaisHosts(page)
      return found.count === 2 ? found : null
    })
    await guardOpen(page)
    expect(await page.evaluate(() => performance.getEntriesByName('relais-gmail:start').length)).toBe(1)
    if (process.env.SCREENSHOTS) await page.screenshot({ path: 'docs/screenshots/gmail-button.png' })
  })

  afterAll(async () => {
    await profile?.close()
  })

  it('keeps Gmail out of the manifest: optional, registered at runtime', async () => {
    const manifest = await profile.sw.evaluate(() => chrome.runtime.getManifest())
    expect(manifest.host_permissions).not.toContain(GMAIL)
    expect(manifest.optional_host_permissions).toContain(GMAIL)
    expect(manifest.content_scripts ?? []).toEqual([])
    const [script] = await profile.sw.evaluate(() => chrome.scripting.getRegisteredContentScripts({ ids: ['relais-gmail'] }))
    expect(script?.matches).toEqual([GMAIL])
  })

  it('puts one button in the subject bar and one beside Reply, in closed shadow roots', async () => {
    expect(hosts.tag).toMatch(/^[a-z]{6}-[a-z]{6}$/)
    const seen = await page.evaluate(
      (tag) =>
        [...document.getElementsByTagName(tag)].map((host) => ({
          shadowRoot: host.shadowRoot === null,
          children: host.childNodes.length,
          before: host.nextElementSibling?.getAttribute('aria-label') ?? null,
          inBar: host.parentElement?.classList.contains('bHJ') ?? false,
        })),
      hosts.tag,
    )
    expect(seen).toEqual([
      { shadowRoot: true, children: 0, before: null, inBar: true },
      { shadowRoot: true, children: 0, before: 'Reply', inBar: false },
    ])
  })

  it('does nothing for clicks and keys a page script makes', async () => {
    // Past the 500 ms guard (beforeAll), so only isTrusted stands in the way.
    const pagesBefore = profile.context.pages().length
    await page.evaluate((tag) => {
      for (const host of document.getElementsByTagName(tag) as HTMLCollectionOf<HTMLElement>) {
        host.click()
        const box = host.getBoundingClientRect()
        const at = { bubbles: true, composed: true, clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 }
        host.dispatchEvent(new MouseEvent('mousedown', at))
        host.dispatchEvent(new MouseEvent('mouseup', at))
        host.dispatchEvent(new MouseEvent('click', at))
        document.elementFromPoint(at.clientX, at.clientY)?.dispatchEvent(new MouseEvent('click', at))
      }
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'C', code: 'KeyC', altKey: true, shiftKey: true, bubbles: true }))
      // A flood of what a content script might listen to: window messages and custom events,
      // shaped like our own messages (synthetic clicks on our hosts are above; on the page's own
      // links they would just open those links).
      for (let i = 0; i < 1000; i++) {
        window.postMessage({ type: 'capture-draft', content: { title: `forged ${i}`, note: '', source: { kind: 'page' } } }, '*')
        window.postMessage({ type: 'glossary-terms' }, '*')
        document.dispatchEvent(new CustomEvent('relais:capture', { detail: { type: 'capture-draft' }, bubbles: true }))
      }
    }, hosts.tag)
    // Proof that the flood was handled: a real click afterwards, which the same content script and
    // background handle in order, makes exactly one draft and one form.
    await realClip(profile, page, hosts.tag, 1)
    expect(profile.context.pages().length).toBe(pagesBefore)
    const made = await drafts(profile)
    expect(made).toHaveLength(1)
    expect(made[0].content.title).not.toMatch(/forged/)
    await profile.sw.evaluate(() => (globalThis as any).relaisDb().drafts.clear())
  })

  it('a real click opens the capture form with a draft of the message', async () => {
    const popup = profile.context.waitForEvent('page', { predicate: (p) => p.url().includes('/popup.html?draft=') })
    await page.locator(hosts.tag).nth(1).click()
    const form = await popup
    const draftId = new URL(form.url()).searchParams.get('draft')
    const [draft] = await drafts(profile)
    expect(draft?.id).toBe(draftId)
    expect(draft?.content).toMatchObject({
      title: 'Quarterly invoice 📎',
      note: '',
      source: {
        kind: 'gmail',
        url: PERMALINK,
        title: 'Quarterly invoice 📎',
        excerpt: 'Hi Alice,\n\nPlease find the Q3 invoice attached. Payment is due on September 30.\n\n--\nBob',
        gmail: {
          threadId: '198c6747aabb71a9',
          messageId: '198c6747aabb71a9',
          account: 'alice@example.com',
          subject: 'Quarterly invoice 📎',
          from: { name: 'Bob Vendor', email: 'bob@vendor.example' },
          to: [{ name: 'me', email: 'alice@example.com' }],
          permalink: PERMALINK,
          attachments: [
            { name: 'invoice-Q3.pdf', size: '84 KB' },
            { name: 'line items.csv', size: '2 KB' },
          ],
        },
      },
    })
    expect(typeof draft?.content.source.gmail.date).toBe('number')
    await form.close()
  })

  it('the subject-bar button and Alt+Shift+C clip the thread too', async () => {
    const viaBar = profile.context.waitForEvent('page', { predicate: (p) => p.url().includes('/popup.html?draft=') })
    await page.locator(hosts.tag).nth(0).click()
    await (await viaBar).close()
    const viaKeys = profile.context.waitForEvent('page', { predicate: (p) => p.url().includes('/popup.html?draft=') })
    await page.bringToFront()
    await page.locator('[role=main] h2.hP').click() // focus back in Gmail, as a user reading the thread
    await page.keyboard.press('Alt+Shift+KeyC')
    await (await viaKeys).close()
    const all = await drafts(profile)
    expect(all).toHaveLength(3)
    expect(new Set(all.map((d) => d.content.source.gmail.permalink))).toEqual(new Set([PERMALINK]))
  })

  it('ignores a real click that lands while the button is faded by the page', async () => {
    const before = (await drafts(profile)).length
    await page.evaluate((tag) => {
      const host = document.getElementsByTagName(tag)[1] as HTMLElement
      host.parentElement!.style.opacity = '0.01'
    }, hosts.tag)
    await page.locator(hosts.tag).nth(1).click({ force: true })
    await page.evaluate((tag) => {
      ;(document.getElementsByTagName(tag)[1] as HTMLElement).parentElement!.style.opacity = ''
    }, hosts.tag)
    // Proof that the faded click was handled: the same real click on the opaque button makes one draft, not two.
    await realClip(profile, page, hosts.tag, 1)
    expect((await drafts(profile)).length).toBe(before + 1)
  })

  it('unregisters the script when Gmail access is taken back', async () => {
    await profile.sw.evaluate((origin) => chrome.permissions.remove({ origins: [origin] }), GMAIL)
    await waitFor('the script to be unregistered', async () => !(await registeredIds(profile)).includes('relais-gmail'))
    const fresh = await profile.context.newPage()
    await fresh.goto(THREAD_URL)
    // A registered script runs at document_idle, by the load event at the latest: one task after
    // load, it would have left its start mark (as it did on the first page).
    await fresh.evaluate(
      () =>
        new Promise<void>((done) => {
          const later = () => setTimeout(done, 0)
          if (document.readyState === 'complete') later()
          else addEventListener('load', later, { once: true })
        }),
    )
    expect(await fresh.evaluate(() => performance.getEntriesByName('relais-gmail:start').length)).toBe(0)
    expect((await relaisHosts(fresh)).count).toBe(0)
    await fresh.close()
  })
})
