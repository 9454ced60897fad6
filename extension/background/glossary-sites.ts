// The per-site off switch, a settings row per host. The popup flips it; the
// content script learns it from the background when it starts, and at once
// from the popup's message while it runs.
import { browser } from 'wxt/browser'
import { db } from '../db/database'
import type { GlossarySiteMessage } from '../glossary/site-message'

export function siteOffKey(host: string): string {
  return `glossary:off:${host.toLowerCase()}`
}

export async function isGlossaryOffFor(host: string): Promise<boolean> {
  return (await db().settings.get(siteOffKey(host)))?.value === true
}

/**
 * Switches the glossary off (or back on) for a host, and tells the tab's content script
 * when the popup knows the tab.
 */
export async function setGlossaryOffFor(host: string, off: boolean, tabId?: number): Promise<void> {
  if (off) await db().settings.put({ key: siteOffKey(host), value: true })
  else await db().settings.delete(siteOffKey(host))
  if (tabId !== undefined) {
    const message: GlossarySiteMessage = { type: 'glossary-site', off }
    // No content script in that tab (glossary not enabled there) is not an error.
    await browser.tabs.sendMessage(tabId, message).catch(() => {})
  }
}
