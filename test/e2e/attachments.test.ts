import { createHash, randomBytes } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchProfile, localWorker, waitFor, type LocalWorker, type Profile } from './harness'
import { createWorkspaceFromOptions, dbItems, inviteFromOptions, joinFromOptions, openExtensionPage } from './pages'

let worker: LocalWorker
let exec: Profile
let sam: Profile

beforeAll(async () => {
  worker = await localWorker()
  ;[exec, sam] = await Promise.all([launchProfile(), launchProfile()])
})

afterAll(async () => {
  await Promise.allSettled([exec?.close(), sam?.close()])
  await worker?.stop()
})

const NAME = 'facture-CANARYFILENAME-2026.pdf'
const MARKER = 'CANARY-PDF-BYTES-7f3a'

/** A PDF-looking file over one chunk (1 MiB), with a marker the state scan looks for. */
function invoice(): Buffer {
  return Buffer.concat([Buffer.from(`%PDF-1.7\n% ${MARKER}\n`), randomBytes(1_300_000), Buffer.from(`\n${MARKER}\n%%EOF\n`)])
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex')

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

describe('attachments, end to end', () => {
  it('the executive attaches a file from disk; the assistant saves the same bytes; the server holds neither bytes nor name in clear', async () => {
    const options = await createWorkspaceFromOptions(exec, worker.url, 'Acme', 'Claire')
    await joinFromOptions(sam, await inviteFromOptions(options), 'Sam')
    const original = invoice()

    const [form] = await Promise.all([
      exec.context.waitForEvent('page', (p) => p.url().includes('popup.html?draft=')),
      exec.sw.evaluate(() =>
        (globalThis as any).relaisClipFromMenu(
          { menuItemId: 'relais-page', pageUrl: 'https://example.org/' },
          { title: 'Payer la facture', url: 'https://example.org/' },
        ),
      ),
    ])
    await form.getByLabel('Title').waitFor()
    await form.locator('input[type=file]').setInputFiles({ name: NAME, mimeType: 'application/pdf', buffer: original })
    await form.getByText(NAME).waitFor()
    await Promise.all([form.waitForEvent('close'), form.getByRole('button', { name: 'Save' }).click()])

    // The executive's device uploads it after the item; the queue row of the assistant appears.
    await waitFor(
      'the upload done',
      async () => exec.sw.evaluate(async () => (await (globalThis as any).relaisDb().uploads.count()) === 0),
      30_000,
    )
    await waitFor('the item on the assistant device', async () => (await dbItems(sam)).find((i) => i.title === 'Payer la facture'), 20_000)

    const queue = await openExtensionPage(sam, 'queue.html')
    await queue.getByRole('option').filter({ hasText: 'Payer la facture' }).click()
    const save = queue.getByRole('button', { name: `Save ${NAME}` })
    await save.waitFor({ timeout: 15_000 })
    const [download] = await Promise.all([queue.waitForEvent('download', { timeout: 30_000 }), save.click()])
    expect(download.suggestedFilename()).toBe(NAME)
    const saved = readFileSync(await download.path())
    expect(sha256(saved)).toBe(sha256(original))

    // The worker's state (Durable Object SQLite and R2 under the wrangler persist folder).
    const scanned = filesUnder(worker.stateDir)
    expect(scanned.some((p) => p.includes('r2'))).toBe(true)
    for (const path of scanned) {
      const bytes = readFileSync(path)
      expect(bytes.includes(Buffer.from(MARKER)), path).toBe(false)
      expect(bytes.includes(Buffer.from('CANARYFILENAME')), path).toBe(false)
      expect(bytes.includes(original.subarray(100_000, 100_064)), path).toBe(false)
    }
  })
})
