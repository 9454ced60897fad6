// Which mailbox the page shows, and links that reopen a thread in it. `/mail/u/N/` is the
// sign-in order and changes when the user signs out and in again; `/mail/u/<email>/` does not,
// so links are built with the address and the page's own path is kept as a fallback.
// Delegated (`/u/N/d/<id>/`, `/b/<id>/u/N/`) and legacy Workspace (`/a/<domain>/`) paths name
// the mailbox themselves and are always kept as they are.

import { permToHex } from './thread-id'
import { decodeUrlToken } from './url-token'

const ORIGIN = 'https://mail.google.com'
const EMAIL = /^[^\s@<>()"',;]+@[^\s@<>()"',;]+\.[^\s@<>()"',;]+$/
const EMAIL_INSIDE = /[^\s@<>()"',;]+@[^\s@<>()"',;]+\.[^\s@<>()"',;]+/
const ACCOUNT_PATH = /^((?:\/a\/[^/]+)?\/mail\/(b\/[^/]+\/)?(?:u\/([^/]+)\/)?(d\/[^/]+\/)?)/

export interface GmailLocation {
  /** Path that selects the mailbox, ending with `/`: `/mail/u/1/`, `/mail/u/0/d/AB12/`. */
  accountPath: string
  /** The address when the path names the account by it (`/mail/u/alice@example.com/`). */
  pathEmail: string | null
  /** The path is a delegated or domain path: a `/mail/u/<email>/` link would open another mailbox. */
  keepPath: boolean
  /** The part after `#`, e.g. `inbox/FMfcgz…`. */
  hash: string
}

/** Reads a Gmail URL; null for any other page. */
export function parseGmailUrl(url: string): GmailLocation | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== 'https:' || parsed.hostname !== 'mail.google.com') return null
  const path = parsed.pathname.endsWith('/') ? parsed.pathname : `${parsed.pathname}/`
  const match = ACCOUNT_PATH.exec(path)
  if (!match?.[1]) return null
  const keepPath = path.startsWith('/a/') || Boolean(match[2]) || Boolean(match[4])
  const userPart = match[3]
  const pathEmail = userPart ? emailOrNull(safeDecode(userPart)) : null
  // Plain `/mail/` is the first signed-in account.
  const accountPath = !userPart && !keepPath ? '/mail/u/0/' : match[1]
  return { accountPath, pathEmail, keepPath, hash: parsed.hash.replace(/^#/, '') }
}

/** The mailbox address: from the URL, else the tab title, else Google's account button. */
export function readAccount(doc: Document, location: GmailLocation): string | null {
  return location.pathEmail ?? accountFromTitle(doc.title) ?? accountFromAccountButton(doc)
}

/** Gmail titles read `<view> - <address> - Gmail`; the subject may hold dashes and addresses too. */
export function accountFromTitle(title: string): string | null {
  const parts = title.split(' - ')
  for (let i = parts.length - 1; i >= 0; i--) {
    const email = emailOrNull(parts[i]?.trim() ?? '')
    if (email) return email
  }
  return null
}

/** The subject in a thread's tab title (`<subject> - <address> - Gmail`); '' when it holds none. */
export function subjectFromTitle(title: string, account: string | null): string {
  const parts = title.split(' - ')
  if (parts.at(-1)?.trim() === 'Gmail') parts.pop()
  const last = parts.at(-1)?.trim().toLowerCase() ?? ''
  if (parts.length > 1 && (last === account || emailOrNull(last))) parts.pop()
  return parts.join(' - ').trim()
}

// The account button's label is localized, but the address inside it is not.
function accountFromAccountButton(doc: Document): string | null {
  const button = doc.querySelector('a[href*="accounts.google.com/SignOutOptions"][aria-label*="@"]')
  const match = EMAIL_INSIDE.exec(button?.getAttribute('aria-label') ?? '')
  return match ? match[0].toLowerCase() : null
}

/** Hex thread id from the URL's last hash segment (hex or token); a last resort. */
export function threadHexFromHash(hash: string): string | null {
  const last = hash.split('?')[0]?.split('/').pop() ?? ''
  if (/^[0-9a-f]{15,16}$/i.test(last)) return last.toLowerCase()
  if (!/^[A-Za-z]{20,}$/.test(last)) return null
  const raw = decodeUrlToken(last)
  return raw?.startsWith('f:') ? permToHex(`thread-${raw}`) : null
}

/** The durable link (by address) and the link on the page's own path. */
export function buildPermalinks(
  location: GmailLocation,
  account: string | null,
  threadHex: string,
): { permalink: string; pathPermalink: string } {
  const pathPermalink = `${ORIGIN}${location.accountPath}#all/${threadHex}`
  if (location.keepPath || !account) return { permalink: pathPermalink, pathPermalink }
  const user = encodeURIComponent(account).replace('%40', '@').replaceAll('%2B', '+')
  return { permalink: `${ORIGIN}/mail/u/${user}/#all/${threadHex}`, pathPermalink }
}

function emailOrNull(text: string): string | null {
  return EMAIL.test(text) ? text.toLowerCase() : null
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
