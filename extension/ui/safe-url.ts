import type { Source } from '../../shared/schema/content'

/** Only http(s) URLs become links: a synced item must never carry a `javascript:` link. */
export function httpUrl(url: string | undefined | null): string | null {
  if (!url) return null
  try {
    const u = new URL(url)
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null
  } catch {
    return null
  }
}

/** Where "open the source" goes: the Gmail thread when there is one, else the page. */
export function sourceUrl(source: Source): string | null {
  return httpUrl(source.gmail?.permalink) ?? httpUrl(source.url)
}
