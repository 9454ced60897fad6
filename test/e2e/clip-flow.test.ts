import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchProfile, localWorker, waitFor, type LocalWorker, type Profile } from './harness'
import { createWorkspaceFromOptions, dbItems, inviteFromOptions, joinFromOptions, openExtensionPage, servePage } from './pages'

const SECRET_TEXT = 'Confidentiel : renégocier le bail commercial avant le 15'
const POPUP_TITLE = 'Préparer la due diligence financière'
const OFFLINE_TITLE = 'Relancer URSSAF pendant la coupure'
const MARKER_TITLE = 'Relancer le bailleur après l’état des lieux'

let worker: LocalWorker
let exec: Profile
let assistant: Profile
let site: { url: string; close: () => Promise<void> }

beforeAll(async () => {
  worker = await localWorker()
  site = await servePage(
    `<!doctype html><title>Bail — Acme</title><p id="p">${SECRET_TEXT}</p><a id="l" href="https://example.org/contrat">contrat</a>`,
  )
  ;[exec, assistant] = await Promise.all([launchProfile(), launchProfile()])
})

afterAll(async () => {
  await Promise.allSettled([exec?.close(), assistant?.close(), site?.close()])
  await worker?.stop()
})

/** Saves the capture form that the context menu opened in its own window. */
async function saveCaptureWindow(profile: Profile, trigger: () => Promise<unknown>, edit?: (title: string) => string) {
  const [form] = await Promise.all([profile.context.waitForEvent('page', (p) => p.url().includes('popup.html?draft=')), trigger()])
  const title = form.getByLabel('Title')
  await title.waitFor()
  if (edit) await title.fill(edit(await title.inputValue()))
  const assignee = form.getByLabel('Assignee')
  const options = await assignee.locator('option').allTextContents()
  const sam = options.find((o) => o.includes('Sam'))
  if (sam) await assignee.selectOption({ label: sam })
  await Promise.all([form.waitForEvent('close'), form.getByRole('button', { name: 'Save' }).click()])
}

describe('executive and assistant, end to end', () => {
  it('pairs, clips from a page, and the assistant works the item live', async () => {
    const options = await createWorkspaceFromOptions(exec, worker.url, 'Acme', 'Claire')
    const code = await inviteFromOptions(options)
    expect(code).toMatch(/^RELAIS1-/)
    await joinFromOptions(assistant, code, 'Sam')
    // The executive's device learns the assistant's name before assigning to it.
    await waitFor("the assistant in the executive's members", () =>
      exec.sw.evaluate(async () => {
        const [ws] = await (globalThis as any).relaisDb().workspaces.toArray()
        return ws?.members?.some((m: any) => m.displayName === 'Sam')
      }),
    )

    // Context menu → selection.
    const page = await exec.context.newPage()
    await page.goto(site.url)
    await saveCaptureWindow(exec, () =>
      exec.sw.evaluate(
        ([url]) =>
          (globalThis as any).relaisClipFromMenu(
            { menuItemId: 'relais-selection', selectionText: 'Confidentiel : renégocier le bail commercial avant le 15', pageUrl: url },
            { title: 'Bail — Acme', url },
          ),
        [site.url],
      ),
    )
    const clipped = await waitFor('the clip in the executive store', async () =>
      (await dbItems(exec)).find((i) => i.title?.startsWith('Confidentiel')),
    )
    expect(clipped.status).toBe('new')

    // The assistant's queue shows it, live.
    const queue = await openExtensionPage(assistant, 'queue.html')
    const row = queue.getByRole('option').filter({ hasText: 'Confidentiel' })
    await row.waitFor()
    await row.click()
    await queue.getByRole('button', { name: /Acknowledge/ }).click()
    await queue.getByLabel('Add a comment').fill('Appel au bailleur prévu jeudi')
    await queue.getByLabel('Add a comment').press('Enter')
    await queue.getByRole('button', { name: /Done/ }).first().click()

    // The executive sees each change.
    await waitFor('done on the executive side', async () => (await dbItems(exec)).find((i) => i.id === clipped.id && i.status === 'done'))
    const delegated = await openExtensionPage(exec, 'sidepanel.html')
    await delegated.getByRole('option').filter({ hasText: 'Confidentiel' }).click()
    await delegated.getByText('Appel au bailleur prévu jeudi').waitFor()
  })

  it('clips from the popup too, prefilled from the page', async () => {
    const page = await exec.context.newPage()
    await page.goto(site.url)
    const popup = await openExtensionPage(exec, 'popup.html')
    await popup.getByLabel('Title').fill(POPUP_TITLE)
    await Promise.all([popup.waitForEvent('close'), popup.getByRole('button', { name: 'Save' }).click()])
    const queue = await openExtensionPage(assistant, 'queue.html')
    await queue.getByRole('option').filter({ hasText: POPUP_TITLE }).waitFor()
  })

  it('keeps a clip made while the worker is down and delivers it once', async () => {
    await worker.stop()
    const page = await exec.context.newPage()
    await page.goto(site.url)
    await saveCaptureWindow(
      exec,
      () =>
        exec.sw.evaluate(
          ([url]) => (globalThis as any).relaisClipFromMenu({ menuItemId: 'relais-page', pageUrl: url }, { title: 'Bail — Acme', url }),
          [site.url],
        ),
      () => OFFLINE_TITLE,
    )
    const pending = await waitFor('the offline clip, pending', async () => (await dbItems(exec)).find((i) => i.title === OFFLINE_TITLE))
    expect(pending.pending).toBe(1)
    await worker.restart()
    const arrived = await waitFor(
      'the offline clip at the assistant',
      async () => {
        const found = (await dbItems(assistant)).filter((i) => i.title === OFFLINE_TITLE)
        return found.length > 0 ? found : null
      },
      60_000,
    )
    await waitFor('the offline clip acknowledged', async () => (await dbItems(exec)).find((i) => i.title === OFFLINE_TITLE)?.pending === 0)
    // A later clip, once at the assistant, proves every change before it has arrived (pulls follow
    // the server's change order): a second copy of the offline clip would be there by then.
    await saveCaptureWindow(
      exec,
      () =>
        exec.sw.evaluate(
          ([url]) => (globalThis as any).relaisClipFromMenu({ menuItemId: 'relais-page', pageUrl: url }, { title: 'Bail — Acme', url }),
          [site.url],
        ),
      () => MARKER_TITLE,
    )
    await waitFor('the later clip at the assistant', async () => (await dbItems(assistant)).some((i) => i.title === MARKER_TITLE), 60_000)
    expect((await dbItems(assistant)).filter((i) => i.title === OFFLINE_TITLE)).toHaveLength(1)
    expect(arrived).toHaveLength(1)
  })

  it("left no clipped title or text readable in the worker's stored data", async () => {
    const needles = [SECRET_TEXT, 'renégocier', POPUP_TITLE, OFFLINE_TITLE, 'Appel au bailleur'].map((s) => Buffer.from(s))
    const files = walk(worker.stateDir)
    expect(files.length).toBeGreaterThan(0)
    for (const file of files) {
      const bytes = readFileSync(file)
      for (const needle of needles) expect(bytes.includes(needle), `${needle} in ${file}`).toBe(false)
    }
  })
})

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(path) : [path]
  })
}
