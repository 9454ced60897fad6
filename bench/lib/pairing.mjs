// Workspaces made the way users make them: the executive's extension creates the workspace
// (and its key), makes a pairing code, and the assistant's extension joins with it.
import { ask, extensionPage, launchProfile, waitFor } from './chromium.mjs'
import { bundleForPage } from './esbuild.mjs'

let pageBundle = null

/** Adds bench/extension-page-entry.ts to an open extension page: saves as the popup does, store probes. */
export async function addBenchHooks(page) {
  pageBundle ??= await bundleForPage('bench/extension-page-entry.ts')
  // DevTools evaluation is not subject to the extension's CSP, unlike a script tag.
  await page.evaluate(pageBundle)
  return page
}

/** An extension page that can save items as the popup does. */
export async function savingPage(profile) {
  return addBenchHooks(await extensionPage(profile, 'popup.html'))
}

export async function executive(serverUrl, name = 'Bench') {
  const profile = await launchProfile()
  const page = await savingPage(profile)
  const { workspaceId } = await ask(page, { type: 'create-workspace', serverUrl, name, displayName: 'Executive' })
  return { profile, page, workspaceId }
}

export async function pairingCode(exec) {
  const { pairingCode } = await ask(exec.page, { type: 'create-invite', workspaceId: exec.workspaceId, role: 'assistant' })
  return pairingCode
}

export async function assistant(exec) {
  const code = await pairingCode(exec)
  const profile = await launchProfile()
  const page = await extensionPage(profile, 'popup.html')
  await ask(page, { type: 'join-workspace', pairingCode: code, displayName: 'Assistant' })
  await page.close()
  await waitFor('the assistant’s first sync', () =>
    profile.sw.evaluate(async (id) => (await globalThis.relaisDb().syncStatus.get(id))?.state === 'synced', exec.workspaceId),
  )
  return { profile }
}

/** The workspace's token and key as the executive's device holds them. */
export async function secretsOf(exec) {
  return exec.profile.sw.evaluate((id) => globalThis.relaisDb().secrets.get(id), exec.workspaceId)
}
