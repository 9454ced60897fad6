// What extension pages (options, popup) call to turn the glossary on or off. The permission
// request must be the first await after the user's click, or the browser refuses it.
import { browser } from 'wxt/browser'
import {
  forgetGlossaryOrigins,
  GLOSSARY_SCRIPT_FILES,
  grantedGlossaryOrigins,
  rememberGlossaryOrigins,
  syncGlossaryRegistration,
} from '../background/glossary-registration'
import { isGlossaryOffFor, setGlossaryOffFor } from '../background/glossary-sites'

/**
 * Turns the glossary on for these origins, as match patterns (`https://example.com/` plus `*`;
 * the manifest's every-site patterns for "everywhere"): asks the browser, then registers the
 * content script.
 * Resolves to whether the browser granted the permission.
 */
export async function enableGlossaryOn(origins: string[]): Promise<boolean> {
  const granted = await browser.permissions.request({ origins })
  if (!granted) return false
  await rememberGlossaryOrigins(origins)
  await syncGlossaryRegistration()
  return true
}

/**
 * Turns it off there. The permission itself stays: Gmail capture or a sync server may need
 * the same origin.
 */
export async function disableGlossaryOn(origins: string[]): Promise<void> {
  await forgetGlossaryOrigins(origins)
  await syncGlossaryRegistration()
}

/** Is the glossary running on this origin (enabled and granted)? For the toggle's state. */
export async function glossaryEnabledOn(origin: string): Promise<boolean> {
  return (await grantedGlossaryOrigins()).includes(origin)
}

/** The tab's site as the popup's switch sees it. */
export interface GlossarySite {
  readonly tabId: number
  readonly host: string
  /** The match pattern asked for when the glossary is turned on here. */
  readonly pattern: string
  /** An enabled, granted origin covers the site (Gmail, every site, or this host). */
  readonly covered: boolean
  /** The per-site switch is off. */
  readonly off: boolean
}

/** The glossary's state for a tab, or null for pages it never runs on (the browser's own, files). */
export async function glossarySiteOf(tab: { id?: number; url?: string } | undefined): Promise<GlossarySite | null> {
  if (tab?.id === undefined) return null
  let url: URL
  try {
    url = new URL(tab.url ?? '')
  } catch {
    return null
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  const [granted, off] = await Promise.all([grantedGlossaryOrigins(), isGlossaryOffFor(url.hostname)])
  return {
    tabId: tab.id,
    host: url.hostname,
    pattern: `${url.protocol}//${url.hostname}/*`,
    covered: granted.some((p) => patternCovers(p, url)),
    off,
  }
}

// Does a match pattern (https://*.example.com/*, http://*/*) cover this page? Our patterns always end in /*.
export function patternCovers(pattern: string, url: URL): boolean {
  const m = /^(\*|https?):\/\/([^/]+)\//.exec(pattern)
  const scheme = m?.[1]
  const host = m?.[2]
  if (scheme === undefined || host === undefined) return false
  if (scheme !== '*' && `${scheme}:` !== url.protocol) return false
  if (host === '*') return true
  if (host.startsWith('*.')) return url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1))
  return url.hostname === host
}

/**
 * Turns the glossary on for the tab's site. When no granted origin covers it, the browser is
 * asked for this host first (nothing awaited before: the click's gesture must still hold), then
 * the script is registered and injected into the tab; otherwise the running script is told.
 * Resolves to whether the glossary now runs there.
 */
export async function turnGlossaryOnFor(site: GlossarySite): Promise<boolean> {
  if (!site.covered) {
    const granted = await enableGlossaryOn([site.pattern])
    if (!granted) return false
  }
  await setGlossaryOffFor(site.host, false, site.tabId)
  if (!site.covered) {
    const target = { tabId: site.tabId }
    await browser.scripting.insertCSS({ target, files: GLOSSARY_SCRIPT_FILES.css }).catch(() => {})
    await browser.scripting.executeScript({ target, files: ['/content-scripts/glossary.js'] }).catch(() => {})
  }
  return true
}

/** Turns it off for the tab's site: the switch is kept per host, and the running script stops at once. */
export async function turnGlossaryOffFor(site: GlossarySite): Promise<void> {
  await setGlossaryOffFor(site.host, true, site.tabId)
}
