import { createServer, type Server } from 'node:http'
import type { Page } from 'playwright-core'
import { waitFor, type Profile } from './harness'

/** A local web page to clip from, served on 127.0.0.1. */
export async function servePage(html: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    res.end(html)
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((done) => server.close(() => done())) }
}

export async function openExtensionPage(profile: Profile, path: string): Promise<Page> {
  const page = await profile.context.newPage()
  await page.goto(`chrome-extension://${profile.extensionId}/${path}`)
  return page
}

/** Executive: creates a workspace from the options page, as a user would. */
export async function createWorkspaceFromOptions(profile: Profile, serverUrl: string, name: string, me: string): Promise<Page> {
  const page = await openExtensionPage(profile, 'options.html')
  await page.getByLabel('Server URL').fill(serverUrl)
  await page.getByLabel('Workspace name').fill(name)
  await page.getByLabel('Your name').first().fill(me)
  await page.getByRole('button', { name: 'Create workspace' }).click()
  await page.getByText(`Workspace “${name}” created.`).waitFor()
  return page
}

export async function inviteFromOptions(page: Page): Promise<string> {
  const field = page.getByLabel('Pairing code (hand it over privately)')
  const previous = (await field.count()) > 0 ? await field.inputValue() : ''
  await page.getByRole('button', { name: 'Invite an assistant' }).click()
  // Each invite is single use: wait for the new code, not the one already shown.
  return waitFor('a new pairing code', async () => {
    const code = (await field.count()) > 0 ? await field.inputValue() : ''
    return code !== '' && code !== previous ? code : null
  })
}

export async function joinFromOptions(profile: Profile, code: string, me: string): Promise<Page> {
  const page = await openExtensionPage(profile, 'options.html')
  await page.getByLabel('Pairing code', { exact: true }).fill(code)
  await page.getByLabel('Your name').last().fill(me)
  await page.getByRole('button', { name: 'Join', exact: true }).click()
  await page.getByText('Joined. Your queue is ready.').waitFor()
  return page
}

/** Reads the extension's IndexedDB through the background's test hook. */
export async function dbItems(profile: Profile): Promise<{ id: string; status: string; title: string | null; pending: number }[]> {
  return profile.sw.evaluate(async () => {
    const rows = await (globalThis as any).relaisDb().items.toArray()
    return rows.map((r: any) => ({ id: r.id, status: r.status, title: r.content?.title ?? null, pending: r.pending }))
  })
}
