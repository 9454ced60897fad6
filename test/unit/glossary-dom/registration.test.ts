// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeBrowser } from 'wxt/testing/fake-browser'
import { RelaisDatabase, setDatabase } from '../../../extension/db/database'
import { disableGlossaryOn, enableGlossaryOn, glossaryEnabledOn } from '../../../extension/ui/glossary-permissions'
import {
  GLOSSARY_SCRIPT_ID,
  GMAIL_ORIGIN,
  glossaryOrigins,
  rememberGlossaryOrigins,
  syncGlossaryRegistration,
} from '../../../extension/background/glossary-registration'

type Script = { id: string; matches: string[]; js: string[]; css: string[] }
let d: RelaisDatabase
let granted: Set<string>
let scripts: Map<string, Script>
let calls: string[]

beforeEach(() => {
  fakeBrowser.reset()
  d = new RelaisDatabase(`glossary-reg-${Math.random().toString(36).slice(2)}`)
  setDatabase(d)
  granted = new Set()
  scripts = new Map()
  calls = []
  Object.assign(fakeBrowser.permissions, {
    contains: async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o)),
    request: async ({ origins }: { origins: string[] }) => {
      calls.push('request')
      if (origins.includes('https://declined.example/*')) return false
      for (const o of origins) granted.add(o)
      return true
    },
  })
  Object.assign(fakeBrowser.scripting, {
    getRegisteredContentScripts: async ({ ids }: { ids: string[] }) => ids.flatMap((id) => (scripts.has(id) ? [scripts.get(id)!] : [])),
    registerContentScripts: async (list: Script[]) => {
      for (const s of list) {
        if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`)
        scripts.set(s.id, s)
      }
    },
    updateContentScripts: async (list: Script[]) => {
      for (const s of list) scripts.set(s.id, s)
    },
    unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
      for (const id of ids) scripts.delete(id)
    },
  })
})
afterEach(async () => {
  vi.restoreAllMocks()
  setDatabase(null)
  d.close()
  await d.delete()
})

describe('content script registration', () => {
  it('is on for Gmail by default, but only once Gmail is granted', async () => {
    expect(await glossaryOrigins()).toEqual([GMAIL_ORIGIN])
    expect(await syncGlossaryRegistration()).toEqual([])
    expect(scripts.size).toBe(0)
    granted.add(GMAIL_ORIGIN)
    await syncGlossaryRegistration()
    expect(scripts.get(GLOSSARY_SCRIPT_ID)).toMatchObject({
      matches: [GMAIL_ORIGIN],
      js: ['content-scripts/glossary.js'],
      css: ['content-scripts/glossary.css'],
      runAt: 'document_idle',
    })
  })

  it('does not follow a grant made for something else (a sync server) until the glossary is enabled there', async () => {
    granted.add('https://sync.example/*')
    expect(await syncGlossaryRegistration()).toEqual([])
    await rememberGlossaryOrigins(['https://sync.example/*'])
    expect(await syncGlossaryRegistration()).toEqual(['https://sync.example/*'])
  })

  it('asks for the permission before anything else, and saves nothing when it is declined', async () => {
    const open = vi.spyOn(d.settings, 'put')
    expect(await enableGlossaryOn(['https://declined.example/*'])).toBe(false)
    expect(open).not.toHaveBeenCalled()
    expect(await glossaryOrigins()).toEqual([GMAIL_ORIGIN])

    expect(await enableGlossaryOn(['https://wiki.example/*'])).toBe(true)
    expect(calls[0]).toBe('request')
    expect(scripts.get(GLOSSARY_SCRIPT_ID)!.matches).toEqual(['https://wiki.example/*'])
    expect(await glossaryEnabledOn('https://wiki.example/*')).toBe(true)
  })

  it('unregisters when the last origin goes, and survives a registration race', async () => {
    granted.add(GMAIL_ORIGIN)
    await Promise.all([syncGlossaryRegistration(), syncGlossaryRegistration()])
    expect(scripts.get(GLOSSARY_SCRIPT_ID)!.matches).toEqual([GMAIL_ORIGIN])
    // Another context (the options page) registers between our look and our register call.
    scripts.clear()
    const lookup = fakeBrowser.scripting.getRegisteredContentScripts
    let first = true
    Object.assign(fakeBrowser.scripting, {
      getRegisteredContentScripts: async (query: { ids: string[] }) => {
        if (!first) return lookup(query)
        first = false
        scripts.set(GLOSSARY_SCRIPT_ID, { id: GLOSSARY_SCRIPT_ID, matches: ['https://stale.example/*'], js: [], css: [] })
        return []
      },
    })
    await syncGlossaryRegistration()
    expect(scripts.get(GLOSSARY_SCRIPT_ID)!.matches).toEqual([GMAIL_ORIGIN])
    await disableGlossaryOn([GMAIL_ORIGIN])
    expect(scripts.has(GLOSSARY_SCRIPT_ID)).toBe(false)
    expect(await glossaryOrigins()).toEqual([])
  })
})
