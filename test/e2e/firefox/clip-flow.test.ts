// The executive/assistant walk in Firefox ESR: pairing from the options page, clips from a page
// and from the popup, the assistant's live queue, status and comments back, an offline clip.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localWorker, type LocalWorker } from '../harness'
import { servePage } from '../pages'
import { clipFromMenu, createWorkspace, dbItems, invite, join, memberNames, saveCaptureForm } from './flows'
import { control, field, HOOK_MS, launchFirefox, openExtensionPage, pageText, TEST_MS, waitFor, type FirefoxProfile } from './harness'

const SECRET_TEXT = 'Confidentiel : renégocier le bail commercial avant le 15'
const POPUP_TITLE = 'Préparer la due diligence financière'
const OFFLINE_TITLE = 'Relancer URSSAF pendant la coupure'

let worker: LocalWorker
let exec: FirefoxProfile
let assistant: FirefoxProfile
let launching: Promise<unknown>[] = []
let site: { url: string; close: () => Promise<void> }

/** The event page's live sockets (test-build hook). */
const liveSockets = (profile: FirefoxProfile) =>
  profile.control.evaluate(async () => {
    const bg: any = await (globalThis as any).browser.runtime.getBackgroundPage()
    return bg.relaisLiveSockets() as { url: string; open: boolean }[]
  })

/** Marks the running event page; a suspended and restarted one no longer has the mark. */
const markEventPage = (profile: FirefoxProfile) =>
  profile.control.evaluate(async () => {
    const bg: any = await (globalThis as any).browser.runtime.getBackgroundPage()
    bg.relaisTestMark = true
  })
const sameEventPage = (profile: FirefoxProfile) =>
  profile.control.evaluate(async () => {
    const bg: any = await (globalThis as any).browser.runtime.getBackgroundPage()
    return bg.relaisTestMark === true
  })

beforeAll(async () => {
  worker = await localWorker()
  site = await servePage(`<!doctype html><title>Bail — Acme</title><p id="p">${SECRET_TEXT}</p>`)
  // The assistant's event page is given a shorter idle time than Firefox's 30 s (still above the
  // 20 s ping), so the walk outlasts it many times: Firefox suspends an idle event page whatever
  // its sockets carry, and the live socket must keep it running.
  const both: [Promise<FirefoxProfile>, Promise<FirefoxProfile>] = [
    launchFirefox(),
    launchFirefox({ prefs: { 'extensions.background.idle.timeout': 25_000 } }),
  ]
  launching = both
  ;[exec, assistant] = await Promise.all(both)
}, HOOK_MS)

afterAll(async () => {
  // Also closes a browser whose launch outlived a failed beforeAll.
  await Promise.allSettled([...launching.map((p) => p.then((b) => (b as FirefoxProfile).close())), site?.close()])
  await worker?.stop()
}, HOOK_MS)

describe('executive and assistant in Firefox ESR', () => {
  it(
    'pairs from the options page, and the live socket connects over ws://',
    async () => {
      const options = await createWorkspace(exec, worker.url, 'Acme', 'Claire')
      const code = await invite(options)
      expect(code).toMatch(/^RELAIS1-/)
      await join(assistant, code, 'Sam')
      await waitFor("the assistant among the executive's members", async () => (await memberNames(exec)).includes('Sam'), 30_000)
      const wsUrl = `${worker.url.replace('http:', 'ws:')}/v1/sync/live`
      const sockets = await waitFor(
        'an open live socket',
        async () => {
          const all = await liveSockets(assistant)
          return all.some((s) => s.open) ? all : null
        },
        30_000,
      )
      expect(sockets.find((s) => s.open)?.url).toBe(wsUrl)
      await markEventPage(assistant)
    },
    TEST_MS,
  )

  it(
    "clips from a page; the assistant's queue shows it live, and status and comment come back",
    async () => {
      const page = await exec.browser.newPage()
      await page.goto(site.url)
      const form = await clipFromMenu(
        exec,
        { menuItemId: 'relais-selection', selectionText: SECRET_TEXT, pageUrl: site.url },
        { title: 'Bail — Acme', url: site.url },
      )
      await saveCaptureForm(form, { assignee: 'Sam' })
      const clipped = await waitFor('the clip in the executive store', async () =>
        (await dbItems(exec)).find((i) => i.title?.startsWith('Confidentiel')),
      )
      expect(clipped.status).toBe('new')

      const queue = await openExtensionPage(assistant, 'queue.html')
      const row = await control(queue, '[role=option]', /Confidentiel/, 30_000)
      await row.click()
      await (await control(queue, 'button', /Acknowledge/)).click()
      const comment = await field(queue, 'Add a comment')
      await comment.type('Appel au bailleur prévu jeudi')
      await comment.press('Enter')
      await (await control(queue, 'button', /Done/)).click()

      await waitFor(
        'done on the executive side',
        async () => (await dbItems(exec)).find((i) => i.id === clipped.id && i.status === 'done'),
        30_000,
      )
      // The executive's list (the sidebar's page in Firefox) shows the comment.
      const delegated = await openExtensionPage(exec, 'sidepanel.html')
      await (await control(delegated, '[role=option]', /Confidentiel/, 30_000)).click()
      await waitFor(
        'the comment at the executive',
        async () => (await pageText(delegated)).includes('Appel au bailleur prévu jeudi'),
        30_000,
      )
      // Well past the assistant's idle time: the socket kept its event page (and itself) alive.
      expect(await sameEventPage(assistant)).toBe(true)
      expect((await liveSockets(assistant)).filter((s) => s.open)).toHaveLength(1)
      await Promise.all([queue.close(), delegated.close(), page.close()])
    },
    TEST_MS,
  )

  it(
    'clips from the popup too',
    async () => {
      const page = await exec.browser.newPage()
      await page.goto(site.url)
      const popup = await openExtensionPage(exec, 'popup.html')
      await saveCaptureForm(popup, { title: POPUP_TITLE })
      const queue = await openExtensionPage(assistant, 'queue.html')
      await control(queue, '[role=option]', new RegExp(POPUP_TITLE), 30_000)
      await Promise.all([queue.close(), page.close()])
    },
    TEST_MS,
  )

  it(
    'keeps a clip made while the worker is down and delivers it once',
    async () => {
      await worker.stop()
      const form = await clipFromMenu(exec, { menuItemId: 'relais-page', pageUrl: site.url }, { title: 'Bail — Acme', url: site.url })
      await saveCaptureForm(form, { title: OFFLINE_TITLE })
      const pending = await waitFor('the offline clip, pending', async () => (await dbItems(exec)).find((i) => i.title === OFFLINE_TITLE))
      expect(pending.pending).toBe(1)
      await worker.restart()
      await waitFor(
        'the offline clip at the assistant',
        async () => (await dbItems(assistant)).some((i) => i.title === OFFLINE_TITLE),
        90_000,
      )
      await waitFor('the clip marked sent', async () => (await dbItems(exec)).find((i) => i.title === OFFLINE_TITLE)?.pending === 0, 30_000)
      expect((await dbItems(assistant)).filter((i) => i.title === OFFLINE_TITLE)).toHaveLength(1)
    },
    TEST_MS,
  )
})
