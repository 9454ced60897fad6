import { browser } from 'wxt/browser'
import type { ItemContent } from '../../shared/schema/content'
import { db } from '../db/database'
import { t } from '../lib/i18n'
import { newId } from '../lib/ids'

/** Keeps a capture until the user confirms it in the form; unsaved drafts expire after a day. */
export async function saveDraft(content: ItemContent): Promise<string> {
  const id = newId()
  const now = Date.now()
  await db()
    .drafts.where('createdAt')
    .below(now - 86_400_000)
    .delete()
    .catch(() => {})
  await db().drafts.put({ id, content, createdAt: now })
  return id
}

export async function openCaptureForm(draftId: string): Promise<void> {
  await browser.windows.create({
    url: `${browser.runtime.getURL('/popup.html')}?draft=${encodeURIComponent(draftId)}`,
    type: 'popup',
    width: 440,
    height: 700,
  })
}

type MenuClick = { menuItemId: string | number; selectionText?: string; linkUrl?: string; pageUrl?: string }
type TabInfo = { title?: string; url?: string } | undefined

/** Turns a context-menu click into a draft: the selection, the link, or the page. */
export function contentFromMenu(info: MenuClick, tab: TabInfo): ItemContent | null {
  const pageUrl = info.pageUrl ?? tab?.url
  const pageTitle = tab?.title ?? pageUrl ?? ''
  switch (info.menuItemId) {
    case 'relais-selection': {
      const text = (info.selectionText ?? '').trim()
      if (!text) return null
      return { title: firstLine(text), note: '', source: { kind: 'selection', url: pageUrl, title: pageTitle, excerpt: text } }
    }
    case 'relais-link':
      if (!info.linkUrl) return null
      return { title: info.linkUrl, note: '', source: { kind: 'link', url: info.linkUrl, title: pageTitle } }
    case 'relais-page':
      return { title: pageTitle, note: '', source: { kind: 'page', url: pageUrl, title: pageTitle } }
    default:
      return null
  }
}

function firstLine(text: string): string {
  const line = text.split('\n')[0]!.trim()
  return line.length > 120 ? `${line.slice(0, 117)}…` : line
}

export function registerMenus(): void {
  browser.contextMenus.removeAll(() => {
    browser.contextMenus.create({ id: 'relais-selection', title: t('menuSelection'), contexts: ['selection'] })
    browser.contextMenus.create({ id: 'relais-link', title: t('menuLink'), contexts: ['link'] })
    browser.contextMenus.create({ id: 'relais-page', title: t('menuPage'), contexts: ['page'] })
  })
}
