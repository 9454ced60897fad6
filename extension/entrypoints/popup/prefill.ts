import { browser } from 'wxt/browser'
import type { ItemContent } from '../../../shared/schema/content'
import { db } from '../../db/database'
import { httpUrl } from '../../ui/safe-url'

/** What the form starts from, and the draft to delete once saved. */
export type Prefill = { content: ItemContent; draftId: string | null }

const EMPTY: ItemContent = { title: '', note: '', source: { kind: 'manual' } }

/** A draft named in the URL (context menu, Gmail), else the active tab. */
export async function readPrefill(search: string): Promise<Prefill> {
  const draftId = new URLSearchParams(search).get('draft')
  if (draftId) {
    const draft = await db().drafts.get(draftId)
    if (draft) return { content: draft.content, draftId }
  }
  return { content: await fromActiveTab(), draftId: null }
}

async function fromActiveTab(): Promise<ItemContent> {
  let tab: { id?: number; url?: string; title?: string } | undefined
  try {
    ;[tab] = await browser.tabs.query({ active: true, currentWindow: true })
  } catch {
    return EMPTY
  }
  const url = httpUrl(tab?.url)
  if (!tab || !url) return EMPTY
  const title = (tab.title || url).slice(0, 500)
  const selection = tab.id === undefined ? '' : await readSelection(tab.id)
  if (selection) return { title, note: '', source: { kind: 'selection', url, title, excerpt: selection.slice(0, 20_000) } }
  return { title, note: '', source: { kind: 'page', url, title } }
}

/**
 * The page's selected text, read through activeTab on the user's click. Pages the extension
 * may not script (the browser's own pages, the web store, PDF viewers) simply give none.
 */
async function readSelection(tabId: number): Promise<string> {
  try {
    const results = await browser.scripting.executeScript({ target: { tabId }, func: () => getSelection()?.toString() ?? '' })
    const value: unknown = results[0]?.result
    return typeof value === 'string' ? value.trim() : ''
  } catch {
    return ''
  }
}
