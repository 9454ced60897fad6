import { browser } from 'wxt/browser'

/**
 * The extension may only reach the local worker by default; any other sync server is an
 * optional host permission, asked for here on the user's click (before any other await, so
 * the browser still sees the gesture).
 */
export async function allowServer(serverUrl: string): Promise<boolean> {
  let origin: string
  try {
    origin = `${new URL(serverUrl).origin}/*`
  } catch {
    return true // not a URL: the background refuses it with a clear message
  }
  try {
    return await browser.permissions.request({ origins: [origin] })
  } catch {
    return true // no permissions API here (tests): let the background try and report
  }
}
