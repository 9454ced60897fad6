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

/**
 * Chrome's side panel, or Firefox's sidebar (which must be opened within the click, before any
 * await); `false` where the browser has neither or it fails.
 */
export async function openSidePanel(): Promise<boolean> {
  const sidebar = (browser as unknown as { sidebarAction?: { open: () => Promise<void> } }).sidebarAction
  if (typeof sidebar?.open === 'function') {
    return sidebar.open().then(
      () => true,
      (err) => {
        quietly('the sidebar')(err)
        return false
      },
    )
  }
  const sidePanel = (browser as unknown as { sidePanel?: { open: (o: { windowId: number }) => Promise<void> } }).sidePanel
  if (!sidePanel) return false
  try {
    const win = await browser.windows.getCurrent()
    if (win.id === undefined) return false
    await sidePanel.open({ windowId: win.id })
    return true
  } catch (err) {
    quietly('the side panel')(err)
    return false
  }
}
