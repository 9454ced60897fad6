// The background keeps the Gmail content script registered exactly while Gmail access is granted.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeBrowser } from 'wxt/testing/fake-browser'
import { GMAIL_ORIGINS, disableGmail, enableGmail, setupGmail, syncGmailScript } from '../../../extension/background/gmail'

type Listener = () => void

let granted: boolean
let registered: { id: string; matches: string[]; js: string[] }[]
let openGmailTabs: { id?: number }[]
const onAdded: Listener[] = []
const onRemoved: Listener[] = []
const calls = { register: 0, unregister: 0, inject: [] as number[], request: [] as unknown[] }

beforeEach(() => {
  granted = false
  registered = []
  openGmailTabs = []
  onAdded.length = 0
  onRemoved.length = 0
  Object.assign(calls, { register: 0, unregister: 0, inject: [], request: [] })
  Object.assign(fakeBrowser.permissions, {
    contains: vi.fn(async (p: { origins: string[] }) => granted && p.origins.join() === GMAIL_ORIGINS.join()),
    request: vi.fn(async (p: unknown) => {
      calls.request.push(p)
      return true
    }),
    remove: vi.fn(async () => true),
    onAdded: { addListener: (l: Listener) => onAdded.push(l) },
    onRemoved: { addListener: (l: Listener) => onRemoved.push(l) },
  })
  Object.assign(fakeBrowser, {
    scripting: {
      getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => registered.filter((s) => ids.includes(s.id))),
      registerContentScripts: vi.fn(async (scripts: typeof registered) => {
        // Yield first, as the real API does, so overlapping calls would really overlap.
        await new Promise((resolve) => setTimeout(resolve, 1))
        for (const s of scripts) {
          if (registered.some((r) => r.id === s.id)) throw new Error(`Duplicate script ID '${s.id}'`)
        }
        calls.register++
        registered.push(...scripts)
      }),
      unregisterContentScripts: vi.fn(async () => {
        calls.unregister++
        registered = []
      }),
      executeScript: vi.fn(async ({ target }: { target: { tabId: number } }) => {
        calls.inject.push(target.tabId)
        return []
      }),
    },
  })
  fakeBrowser.tabs.query = vi.fn(async () => openGmailTabs) as never
})

describe('syncGmailScript', () => {
  it('registers the Gmail script, on Gmail only, when access is granted', async () => {
    granted = true
    await syncGmailScript()
    expect(registered).toEqual([
      { id: 'relais-gmail', matches: ['https://mail.google.com/*'], js: ['/content-scripts/gmail.js'], runAt: 'document_idle' },
    ])
  })

  it('registers nothing without access', async () => {
    await syncGmailScript()
    expect(registered).toEqual([])
  })

  it('is idempotent, even when calls overlap', async () => {
    granted = true
    await Promise.all([syncGmailScript(), syncGmailScript(), syncGmailScript()])
    await syncGmailScript()
    expect(calls.register).toBe(1)
    expect(registered).toHaveLength(1)
  })

  it('unregisters when access is taken back', async () => {
    granted = true
    await syncGmailScript()
    granted = false
    await syncGmailScript()
    expect(calls.unregister).toBe(1)
    expect(registered).toEqual([])
  })
})

describe('setupGmail', () => {
  it('syncs at startup and on every permission change, injecting into Gmail tabs already open', async () => {
    granted = true
    setupGmail()
    await syncGmailScript() // waits for the startup sync queued before it
    expect(calls.register).toBe(1)
    expect(calls.inject).toEqual([]) // startup: tabs got the script when they loaded

    granted = false
    for (const l of onRemoved) l()
    await syncGmailScript()
    expect(registered).toEqual([])

    granted = true
    openGmailTabs = [{ id: 7 }, { id: 9 }, {}]
    for (const l of onAdded) l()
    await syncGmailScript()
    expect(registered).toHaveLength(1)
    expect(calls.inject).toEqual([7, 9])
  })
})

describe('enableGmail / disableGmail', () => {
  it('asks for Gmail origins only, and takes them back', async () => {
    expect(await enableGmail()).toBe(true)
    expect(calls.request).toEqual([{ origins: ['https://mail.google.com/*'] }])
    await disableGmail()
    expect(fakeBrowser.permissions.remove).toHaveBeenCalledWith({ origins: ['https://mail.google.com/*'] })
  })
})
