// What extension pages (options, popup) call to turn the glossary on or off. The permission
// request must be the first await after the user's click, or the browser refuses it.
import { browser } from 'wxt/browser'
import { forgetGlossaryOrigins, grantedGlossaryOrigins, rememberGlossaryOrigins, syncGlossaryRegistration } from '../background/glossary-registration'

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
