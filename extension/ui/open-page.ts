import { browser } from 'wxt/browser'
import { httpUrl } from './safe-url'

// Opening a page is never worth an unhandled rejection: failures are logged and ignored.
const quietly = (what: string) => (err: unknown) => console.warn(`Relais could not open ${what}`, err)

/** Opens an http(s) URL in a new tab; anything else is refused silently. */
export async function openUrl(url: string): Promise<void> {
  const safe = httpUrl(url)
  if (safe) await browser.tabs.create({ url: safe }).catch(quietly('the source'))
}

export async function openQueueTab(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/queue.html') }).catch(quietly('the queue'))
}

export async function openOptions(): Promise<void> {
  try {
    await browser.runtime.openOptionsPage()
  } catch (err) {
    quietly('the settings')(err)
  }
}

type SidePanelApi = { open: (o: { windowId: number }) => Promise<void> }
type SidebarActionApi = { open: () => Promise<void> }

/**
 * The queue beside the page: Chrome's side panel, or Firefox's sidebar. Both need the click's
 * user gesture, so nothing is awaited before the call where it can be avoided. `false` where
 * the browser has neither or it fails.
 */
export async function openSidePanel(): Promise<boolean> {
  const api = browser as unknown as { sidePanel?: SidePanelApi; sidebarAction?: SidebarActionApi }
  try {
    if (api.sidePanel) {
      const win = await browser.windows.getCurrent()
      if (win.id === undefined) return false
      await api.sidePanel.open({ windowId: win.id })
      return true
    }
    if (api.sidebarAction) {
      await api.sidebarAction.open()
      return true
    }
    return false
  } catch (err) {
    quietly('the side panel')(err)
    return false
  }
}
