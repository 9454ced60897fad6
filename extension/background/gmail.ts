// Gmail access is optional: the content script is registered only while the user grants
// https://mail.google.com/*, and unregistered when they take it back.

import { browser } from 'wxt/browser'

export const GMAIL_ORIGINS = ['https://mail.google.com/*']
const SCRIPT_ID = 'relais-gmail'
// Where WXT writes extension/entrypoints/gmail.content.ts.
const SCRIPT_FILE = '/content-scripts/gmail.js'

/** True when the user has granted Gmail access (directly, or through a wider grant). */
export async function isGmailEnabled(): Promise<boolean> {
  return browser.permissions.contains({ origins: GMAIL_ORIGINS })
}

/**
 * Asks for Gmail access. Browsers only show the prompt inside a user gesture on an extension
 * page, so the options page calls this from a click handler; the background's permission
 * listener then registers the script.
 */
export async function enableGmail(): Promise<boolean> {
  return browser.permissions.request({ origins: GMAIL_ORIGINS })
}

/** Gives Gmail access back; the background's listener unregisters the script. */
export async function disableGmail(): Promise<boolean> {
  return browser.permissions.remove({ origins: GMAIL_ORIGINS })
}

/** Called once from the background: syncs now and on every permission change. */
export function setupGmail(): void {
  browser.permissions.onAdded.addListener(() => void syncGmailScript({ injectOpenTabs: true }))
  browser.permissions.onRemoved.addListener(() => void syncGmailScript())
  void syncGmailScript()
}

// Startup and permission events can overlap; registering the same id twice throws.
let queue: Promise<unknown> = Promise.resolve()

/** Registers or unregisters the script to match the permission. Safe to call any number of times. */
export function syncGmailScript(options: { injectOpenTabs?: boolean } = {}): Promise<boolean> {
  const next = queue.then(() => applyPermission(options.injectOpenTabs ?? false))
  queue = next.catch(() => {})
  return next
}

async function applyPermission(injectOpenTabs: boolean): Promise<boolean> {
  const granted = await isGmailEnabled()
  const registered = (await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] })).length > 0
  if (granted && !registered) {
    await browser.scripting.registerContentScripts([{ id: SCRIPT_ID, matches: GMAIL_ORIGINS, js: [SCRIPT_FILE], runAt: 'document_idle' }])
    // Gmail tabs opened before the grant would otherwise wait for a reload.
    if (injectOpenTabs) await injectIntoOpenTabs()
  } else if (!granted && registered) {
    await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] })
  }
  return granted
}

async function injectIntoOpenTabs(): Promise<void> {
  const tabs = await browser.tabs.query({ url: GMAIL_ORIGINS })
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined) return
      await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [SCRIPT_FILE] }).catch(() => {})
    }),
  )
}
