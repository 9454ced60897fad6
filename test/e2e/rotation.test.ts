import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchProfile, localWorker, waitFor, type LocalWorker, type Profile } from './harness'
import { createWorkspaceFromOptions, dbItems, inviteFromOptions, joinFromOptions, openExtensionPage } from './pages'

let worker: LocalWorker
let exec: Profile
let sam: Profile
let kim: Profile

beforeAll(async () => {
  worker = await localWorker()
  ;[exec, sam, kim] = await Promise.all([launchProfile(), launchProfile(), launchProfile()])
})

afterAll(async () => {
  await Promise.allSettled([exec?.close(), sam?.close(), kim?.close()])
  await worker?.stop()
})

const secrets = (p: Profile) =>
  p.sw.evaluate(async () => {
    const [s] = await (globalThis as any).relaisDb().secrets.toArray()
    return s ? { current: s.currentKeyId as string, keys: s.keys.map((k: any) => k.id) as string[] } : null
  })

async function clip(title: string) {
  const [form] = await Promise.all([
    exec.context.waitForEvent('page', (p) => p.url().includes('popup.html?draft=')),
    exec.sw.evaluate(
      ([t]) =>
        (globalThis as any).relaisClipFromMenu(
          { menuItemId: 'relais-page', pageUrl: 'https://example.org/' },
          { title: t, url: 'https://example.org/' },
        ),
      [title],
    ),
  ])
  await form.getByLabel('Title').waitFor()
  await Promise.all([form.waitForEvent('close'), form.getByRole('button', { name: 'Save' }).click()])
}

describe('revoking a member', () => {
  it('wipes its device, and seals new items with a key that only remaining devices receive', async () => {
    const options = await createWorkspaceFromOptions(exec, worker.url, 'Acme', 'Claire')
    await joinFromOptions(sam, await inviteFromOptions(options), 'Sam')
    await joinFromOptions(kim, await inviteFromOptions(options), 'Kim')
    await clip('Avant la révocation')
    for (const p of [sam, kim])
      await waitFor('the first item', async () => (await dbItems(p)).find((i) => i.title === 'Avant la révocation'))

    await options.reload()
    options.on('dialog', (d) => void d.accept())
    await options.getByRole('button', { name: /Kim/ }).click()
    // Kim's device learns at once (its socket is closed) and forgets the workspace.
    await waitFor('Kim wiped', async () => (await secrets(kim)) === null && (await dbItems(kim)).length === 0)
    // Nothing of the workspace is left on Kim's device: no row in any table mentions it, and
    // extension storage holds nothing either.
    const leftovers = await kim.sw.evaluate(async () => {
      const d = (globalThis as any).relaisDb()
      const rows: unknown[] = []
      for (const table of d.tables) rows.push(...(await table.toArray()))
      const storage = await chrome.storage.local.get(null)
      return { rows: rows.filter((r: any) => !(typeof r?.key === 'string' && r.key === 'notifications')), storage }
    })
    expect(leftovers.storage).toEqual({})
    // One row stays: the departure note, with names and a date and nothing of the content.
    const note = leftovers.rows.find((r: any) => r?.key === 'departures') as any
    expect(note?.value).toEqual([
      { workspaceId: expect.any(String), workspaceName: 'Acme', reason: 'revoked', by: 'Claire', at: expect.any(Number) },
    ])
    const rest = leftovers.rows.filter((r) => r !== note)
    expect(JSON.stringify(rest)).not.toMatch(/"workspaceId"|"token"|"keys"/)
    expect(JSON.stringify(leftovers.rows)).not.toMatch(/Avant la révocation|"token"|"keys"|"sealed"/)
    // Kim is told in words who removed her, and when.
    const kimOptions = await openExtensionPage(kim, 'options.html')
    await kimOptions.getByText(/^Your access to Acme was removed by Claire on /).waitFor()
    await kimOptions.getByText('ask an executive of Acme for a new pairing code', { exact: false }).waitFor()
    const rotated = await waitFor('a new key on the executive device', async () => {
      const s = await secrets(exec)
      return s && s.current !== 'k1' ? s : null
    })
    expect(rotated.keys).toContain('k1')

    await clip('Après la révocation')
    const after = await waitFor('the new item at Sam, readable', async () =>
      (await dbItems(sam)).find((i) => i.title === 'Après la révocation'),
    )
    expect(after.title).toBe('Après la révocation')
    expect((await secrets(sam))?.keys).toEqual(expect.arrayContaining(['k1', rotated.current]))
    // The older item is still readable with the old key.
    expect((await dbItems(sam)).find((i) => i.title === 'Avant la révocation')).toBeTruthy()
    const queue = await openExtensionPage(sam, 'queue.html')
    await queue.getByRole('option').filter({ hasText: 'Après la révocation' }).waitFor()
  })
})
