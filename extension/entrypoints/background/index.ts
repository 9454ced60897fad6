import { browser } from 'wxt/browser'
import { defineBackground } from 'wxt/utils/define-background'
import { notifyChanges, refreshBadge } from '../../background/attention'
import { contentFromMenu, openCaptureForm, registerMenus, saveDraft } from '../../background/capture'
import { setupGmail } from '../../background/gmail'
import { startGlossary } from '../../background/glossary'
import { connectAll, liveSockets, probeNow } from '../../background/live'
import { checkSlaAlerts } from '../../background/sla-alerts'
import { handleMessage } from '../../background/router'
import { retryNow, syncAll, syncOne, type SyncListener } from '../../background/scheduler'
import { db } from '../../db/database'
import { welcomeOnInstall } from '../../background/welcome'

export default defineBackground(() => {
  const onOutcome: SyncListener = async (_workspaceId, outcome, recovered) => {
    // A round that worked after failed ones: the network is back for the others too.
    if (recovered) networkBack()
    if (outcome?.state === 'synced') await notifyChanges(outcome.changed)
    await refreshBadge()
    if (outcome?.state === 'synced') await checkSlaAlerts().catch(() => {})
  }
  // A round starts at once (a user waits at the other end); pokes and actions that come while
  // it runs are folded into one more round after it, so a burst costs two rounds, not one each.
  const rounds = new Map<string, { again: boolean }>()
  const syncSoon = (workspaceId?: string) => {
    const key = workspaceId ?? '*'
    const running = rounds.get(key)
    if (running) {
      running.again = true
      return
    }
    const round = { again: true }
    rounds.set(key, round)
    void (async () => {
      while (round.again) {
        round.again = false
        await (workspaceId ? syncOne(workspaceId, onOutcome) : syncAll(onOutcome))
      }
    })()
      .catch((err: unknown) => console.error('Relais sync round failed', err))
      .finally(() => rounds.delete(key))
  }
  const live = { onPoke: (id: string) => syncSoon(id), onOpen: () => networkBack() }
  const workspacesChanged = () => {
    void connectAll(live)
    syncSoon()
  }
  // Any sign that the network works again: sockets probe now and what waited out a backoff
  // goes now. No single signal is enough: a headless Chromium's service worker never gets
  // `online` (pages relay theirs as `sync-now`), and a server that was out of reach sends
  // nothing, so the live socket's fast retries double as the probe.
  const networkBack = () => {
    probeNow()
    void retryNow(onOutcome)
  }
  const tryNow = (workspaceId?: string) => {
    networkBack()
    syncSoon(workspaceId)
  }
  globalThis.addEventListener('online', () => tryNow())

  browser.runtime.onInstalled.addListener((details) => {
    registerMenus()
    welcomeOnInstall(details)
  })
  browser.runtime.onStartup.addListener(() => workspacesChanged())
  browser.alarms.create('relais-sync', { periodInMinutes: 0.5 })
  // SLA states move on while nobody touches an item: look every minute, even offline.
  browser.alarms.create('relais-sla', { periodInMinutes: 1 })
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === 'relais-sync') workspacesChanged()
    if (alarm.name === 'relais-sla') void checkSlaAlerts().catch(() => {})
  })
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void handleMessage(message, sender, { syncSoon: tryNow, workspacesChanged }).then(sendResponse)
    return true
  })
  browser.contextMenus.onClicked.addListener((info, tab) => {
    void clipFromMenu(info, tab)
  })
  // Test builds only (`RELAIS_TEST_BUILD=1 wxt build`, for the end-to-end suite and the benchmarks): the
  // context menu's own function, and the database. The production build has neither.
  if (import.meta.env.RELAIS_TEST_HOOKS)
    Object.assign(globalThis, { relaisClipFromMenu: clipFromMenu, relaisDb: db, relaisLiveSockets: liveSockets })
  workspacesChanged()
  setupGmail()
  startGlossary()
})

async function clipFromMenu(info: Parameters<typeof contentFromMenu>[0], tab: Parameters<typeof contentFromMenu>[1]): Promise<void> {
  const content = contentFromMenu(info, tab)
  if (!content) return
  await openCaptureForm(await saveDraft(content))
}
