import { browser } from 'wxt/browser'
import { t } from '../../lib/i18n'

export type ServerAccess = { ok: true } | { ok: false; reason: 'refused' | 'failed'; detail?: string }

/**
 * The pattern that grants the extension a sync server: scheme and host, no port. Both engines
 * match such a pattern on any port, but Firefox does not count a granted `http://127.0.0.1/*` as
 * covering a requested `http://127.0.0.1:8787/*`, so asking with the port would raise a prompt for
 * the local worker the manifest already grants.
 */
export function serverPattern(serverUrl: string): string | null {
  try {
    const url = new URL(serverUrl)
    return url.protocol === 'http:' || url.protocol === 'https:' ? `${url.protocol}//${url.hostname}/*` : null
  } catch {
    return null
  }
}

/**
 * The extension may only reach the local worker by default; any other sync server is an
 * optional host permission, asked for here on the user's click. Call it before any other await:
 * Firefox only shows its prompt while the click is being handled. A prompt the user closes counts
 * as refused.
 */
export async function allowServer(serverUrl: string): Promise<ServerAccess> {
  const pattern = serverPattern(serverUrl)
  if (!pattern) return { ok: true } // not an http(s) URL: the background refuses it with a clear message
  if (typeof browser.permissions?.request !== 'function') return { ok: true } // no permissions API: let the background try and report
  try {
    return (await browser.permissions.request({ origins: [pattern] })) ? { ok: true } : { ok: false, reason: 'refused' }
  } catch (error) {
    return { ok: false, reason: 'failed', detail: error instanceof Error ? error.message : String(error) }
  }
}

/** What the form says when the browser did not grant the server. */
export function serverAccessError(access: Extract<ServerAccess, { ok: false }>): string {
  return access.reason === 'refused' ? t('serverPermissionDenied') : t('serverPermissionFailed', { reason: access.detail ?? '' })
}

/** A pairing form's busy state: 'permission' while the browser's own prompt is open, 'working' while the background works. */
export type FormBusy = false | 'permission' | 'working'

/**
 * Asks for the server with the form showing that it waits on the browser (its prompt can stay
 * open for as long as the user leaves it); on refusal the form is freed and says why.
 */
export async function askForServer(
  serverUrl: string,
  setBusy: (busy: FormBusy) => void,
  setError: (error: string) => void,
): Promise<boolean> {
  setBusy('permission')
  const access = await allowServer(serverUrl)
  if (access.ok) return true
  setBusy(false)
  setError(serverAccessError(access))
  return false
}
