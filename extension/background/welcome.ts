import { browser } from 'wxt/browser'

/** A first install says where to start; an update (of Relais or the browser) says nothing. */
export function welcomeOnInstall(details: { reason: string }): void {
  if (details.reason === 'install') void openWelcome()
}

export async function openWelcome(): Promise<void> {
  await browser.tabs
    .create({ url: browser.runtime.getURL('/welcome.html') })
    .catch((err: unknown) => console.warn('Relais could not open the welcome page', err))
}
