// What a user does in the extension's pages, and what the test reads back from the event page.
import type { Page } from 'puppeteer-core'
import { control, field, openExtensionPage, pageOpenedBy, pageText, trace, typeInto, waitFor, type FirefoxProfile } from './harness'

export type StoredItem = { id: string; status: string; title: string | null; pending: number }

/** Runs in the control page: the event page's test hooks (relaisDb, relaisClipFromMenu). */
export async function dbItems(profile: FirefoxProfile): Promise<StoredItem[]> {
  return profile.control.evaluate(async () => {
    const bg: any = await (globalThis as any).browser.runtime.getBackgroundPage()
    const rows = await bg.relaisDb().items.toArray()
    return rows.map((r: any) => ({ id: r.id, status: r.status, title: r.content?.title ?? null, pending: r.pending }))
  })
}

export async function secrets(profile: FirefoxProfile): Promise<{ current: string; keys: string[] } | null> {
  return profile.control.evaluate(async () => {
    const bg: any = await (globalThis as any).browser.runtime.getBackgroundPage()
    const [s] = await bg.relaisDb().secrets.toArray()
    return s ? { current: s.currentKeyId as string, keys: s.keys.map((k: any) => k.id as string) } : null
  })
}

export async function memberNames(profile: FirefoxProfile): Promise<string[]> {
  return profile.control.evaluate(async () => {
    const bg: any = await (globalThis as any).browser.runtime.getBackgroundPage()
    const [ws] = await bg.relaisDb().workspaces.toArray()
    return (ws?.members ?? []).map((m: any) => m.displayName as string)
  })
}

/** The context menu's handler, called as the menu calls it (headless Firefox shows no menu). */
export async function clipFromMenu(
  profile: FirefoxProfile,
  info: Record<string, unknown>,
  tab: { title: string; url: string },
): Promise<Page> {
  return pageOpenedBy(
    profile,
    (u) => u.startsWith(profile.url('popup.html?draft=')),
    () =>
      profile.control.evaluate(
        async (i, t) => {
          const bg: any = await (globalThis as any).browser.runtime.getBackgroundPage()
          void bg.relaisClipFromMenu(i, t)
        },
        info,
        tab,
      ),
  )
}

/** Saves an open capture form, picking the assignee by name when given. */
export async function saveCaptureForm(form: Page, edit: { title?: string; assignee?: string } = {}): Promise<void> {
  const title = await field(form, 'Title')
  // A draft's form fills itself from the store: edit after that, not before.
  if (form.url().includes('draft=') || (await form.evaluate(() => location.search.includes('draft=')))) {
    await waitFor('the draft in the form', () => title.evaluate((el) => el.value !== ''))
  }
  if (edit.title !== undefined) await typeInto(title, edit.title)
  if (edit.assignee) {
    const assignee = await field(form, 'Assignee')
    const value = await waitFor('the assignee among the options', () =>
      assignee.evaluate(
        (el, name) => [...(el as unknown as HTMLSelectElement).options].find((o) => o.textContent?.includes(name!))?.value,
        edit.assignee,
      ),
    )
    // Chosen as the keyboard does it: focus, then the value with its change event.
    await assignee.evaluate((el, v) => {
      el.focus()
      el.value = v
      el.dispatchEvent(new Event('input', { bubbles: true }))
      el.dispatchEvent(new Event('change', { bubbles: true }))
    }, value)
  }
  trace('saving the capture form')
  await (await control(form, 'button', 'Save')).click()
  // The form closes its window once saved.
  await waitFor(
    'the capture form to close',
    async () =>
      form.isClosed() ||
      !(await Promise.race([
        form.evaluate(() => true).catch(() => false),
        new Promise<boolean>((done) => setTimeout(() => done(false), 2000)),
      ])),
    30_000,
  )
}

/** Executive: creates a workspace from the options page, as a user would. */
export async function createWorkspace(profile: FirefoxProfile, serverUrl: string, name: string, me: string): Promise<Page> {
  const page = await openExtensionPage(profile, 'options.html')
  await typeInto(await field(page, 'Server URL'), serverUrl)
  await typeInto(await field(page, 'Workspace name'), name)
  await typeInto(await field(page, 'Your name'), me)
  await (await control(page, 'button', 'Create workspace')).click()
  await waitFor('the workspace created', async () => (await pageText(page)).includes(`Workspace “${name}” created.`), 30_000)
  return page
}

export async function invite(page: Page): Promise<string> {
  const previous = await page.evaluate(() => document.querySelector<HTMLTextAreaElement>('.pairing textarea')?.value ?? '')
  await (await control(page, 'button', 'Invite an assistant')).click()
  // Each invite is single use: wait for the new code, not the one already shown.
  return waitFor(
    'a new pairing code',
    () =>
      page.evaluate((before) => {
        const code = document.querySelector<HTMLTextAreaElement>('.pairing textarea')?.value ?? ''
        return code && code !== before ? code : null
      }, previous),
    30_000,
  )
}

export async function join(profile: FirefoxProfile, code: string, me: string): Promise<Page> {
  const page = await openExtensionPage(profile, 'options.html')
  const box = await field(page, 'Pairing code')
  // A pairing code is pasted, not typed: set it as a paste would.
  await box.evaluate((el, c) => {
    el.focus()
    el.value = c
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }))
  }, code)
  await typeInto(await field(page, 'Your name', 'last'), me)
  await (await control(page, 'button', 'Join')).click()
  await waitFor('joined', async () => (await pageText(page)).includes('Joined. Your queue is ready.'), 30_000)
  return page
}
