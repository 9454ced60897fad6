import { afterAll, beforeAll, describe, it } from 'vitest'
import { launchProfile, localWorker, painted, waitFor, type LocalWorker, type Profile } from './harness'
import { createWorkspaceFromOptions, dbItems, inviteFromOptions, joinFromOptions, openExtensionPage } from './pages'

// The README's pictures: `SCREENSHOTS=1 npm run test:e2e -- test/e2e/screenshots.test.ts`.
const DIR = 'docs/screenshots'
const TASKS: [string, string, string | null][] = [
  ['Payer la facture EDF du siège', 'high', 'finance'],
  ['Relancer le client Dupont (facture 2026-118)', 'urgent', 'finance'],
  ['Préparer la DSN de novembre', 'normal', 'paie'],
  ['Commander un extrait Kbis', 'low', 'juridique'],
  ['Organiser le comité de direction du 4 décembre', 'normal', null],
]

describe.runIf(process.env.SCREENSHOTS)('screenshots for the README', () => {
  let worker: LocalWorker
  let exec: Profile
  let assistant: Profile

  beforeAll(async () => {
    worker = await localWorker()
    ;[exec, assistant] = await Promise.all([launchProfile(), launchProfile()])
  })
  afterAll(async () => {
    await Promise.allSettled([exec?.close(), assistant?.close()])
    await worker?.stop()
  })

  it('captures each view', async () => {
    const options = await createWorkspaceFromOptions(exec, worker.url, 'Acme SAS', 'Claire Martin')
    await inviteFromOptions(options).then((code) => joinFromOptions(assistant, code, 'Sam Leroy'))
    await options.setViewportSize({ width: 900, height: 900 })
    await options.reload()
    await options.getByRole('button', { name: 'Invite an assistant' }).click()
    await options.getByLabel('Pairing code (hand it over privately)').waitFor()
    await painted(options)
    await options.screenshot({ path: `${DIR}/options.png`, fullPage: false })

    for (const [title, priority, category] of TASKS) {
      const [form] = await Promise.all([
        exec.context.waitForEvent('page', (p) => p.url().includes('popup.html?draft=')),
        exec.sw.evaluate(
          ([t]) =>
            (globalThis as any).relaisClipFromMenu(
              { menuItemId: 'relais-selection', selectionText: t, pageUrl: 'https://intranet.example/factures' },
              { title: 'Factures — intranet', url: 'https://intranet.example/factures' },
            ),
          [title],
        ),
      ])
      await form.setViewportSize({ width: 420, height: 720 })
      await form.getByLabel('Title').waitFor()
      await form.getByLabel('Priority').selectOption(priority)
      if (category) await form.getByLabel('Category').fill(category)
      if (title === TASKS[0]![0]) await form.screenshot({ path: `${DIR}/capture-popup.png` })
      await Promise.all([form.waitForEvent('close'), form.getByRole('button', { name: 'Save' }).click()])
    }
    await waitFor('the items at the assistant', async () => (await dbItems(assistant)).length === TASKS.length)

    const queue = await openExtensionPage(assistant, 'queue.html')
    await queue.setViewportSize({ width: 1280, height: 760 })
    await queue.getByRole('option').filter({ hasText: 'Relancer' }).waitFor()
    await queue.getByRole('option').filter({ hasText: 'Relancer' }).click()
    await queue.getByRole('button', { name: /Acknowledge/ }).click()
    await queue.getByLabel('Add a comment').fill('Appelé ce matin, paiement promis pour vendredi.')
    await queue.getByLabel('Add a comment').press('Enter')
    await queue.locator('.comments li').filter({ hasText: 'paiement promis' }).waitFor()
    await painted(queue)
    await queue.screenshot({ path: `${DIR}/queue.png` })

    const panel = await openExtensionPage(exec, 'sidepanel.html')
    await panel.setViewportSize({ width: 420, height: 760 })
    await panel.getByRole('option').filter({ hasText: 'Relancer' }).waitFor()
    await waitFor('the acknowledgement at the executive', async () => (await dbItems(exec)).some((i) => i.status === 'acknowledged'))
    await painted(panel)
    await panel.screenshot({ path: `${DIR}/sidepanel-delegated.png` })
  })
})
