// Where the glossary content script runs. Gmail and every other site are
// optional host permissions: the script is registered at runtime, for the
// origins the user enabled the glossary on that the browser has granted.
// Server origins are optional permissions too, which is why a grant alone
// does not turn the glossary on: the origin must also be in our list.
import { browser } from 'wxt/browser'
import { db } from '../db/database'

export const GLOSSARY_SCRIPT_ID = 'relais-glossary'
/** Paths in the built extension (WXT names them after the entrypoint). */
export const GLOSSARY_SCRIPT_FILES = { js: ['content-scripts/glossary.js'], css: ['content-scripts/glossary.css'] }
/** On by default there, once the Gmail permission is granted. */
export const GMAIL_ORIGIN = 'https://mail.google.com/*'
export const GLOSSARY_ORIGINS_KEY = 'glossary:origins'

/** Origins (match patterns) the glossary is on for: Gmail until the user says otherwise. */
export async function glossaryOrigins(): Promise<string[]> {
  return originsOf(await db().settings.get(GLOSSARY_ORIGINS_KEY))
}

export async function rememberGlossaryOrigins(origins: readonly string[]): Promise<void> {
  await editOrigins((saved) => [...new Set([...saved, ...origins])])
}

export async function forgetGlossaryOrigins(origins: readonly string[]): Promise<void> {
  await editOrigins((saved) => saved.filter((o) => !origins.includes(o)))
}

function originsOf(row: { value: unknown } | undefined): string[] {
  if (row === undefined) return [GMAIL_ORIGIN]
  return Array.isArray(row.value) ? row.value.filter((o): o is string => typeof o === 'string') : []
}

async function editOrigins(edit: (saved: string[]) => string[]): Promise<void> {
  const d = db()
  await d.transaction('rw', d.settings, async () => {
    await d.settings.put({ key: GLOSSARY_ORIGINS_KEY, value: edit(originsOf(await d.settings.get(GLOSSARY_ORIGINS_KEY))) })
  })
}

/** The enabled origins the browser has granted: where the script should run now. */
export async function grantedGlossaryOrigins(): Promise<string[]> {
  const wanted = await glossaryOrigins()
  const granted: string[] = []
  for (const origin of wanted) {
    if (await browser.permissions.contains({ origins: [origin] }).catch(() => false)) granted.push(origin)
  }
  return granted
}

// Startup and permission events overlap; in one context, rounds run one after the other.
let queue: Promise<unknown> = Promise.resolve()

/**
 * Makes the registered content script match the granted origins. Idempotent, and safe to
 * call from the background and the options page at once (a lost race becomes an update).
 */
export function syncGlossaryRegistration(): Promise<string[]> {
  const next = queue.then(applyRegistration)
  queue = next.catch(() => {})
  return next
}

async function applyRegistration(): Promise<string[]> {
  const matches = await grantedGlossaryOrigins()
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [GLOSSARY_SCRIPT_ID] }).catch(() => [])
  if (matches.length === 0) {
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [GLOSSARY_SCRIPT_ID] }).catch(() => {})
    return matches
  }
  const script = {
    id: GLOSSARY_SCRIPT_ID,
    matches,
    ...GLOSSARY_SCRIPT_FILES,
    runAt: 'document_idle' as const,
    allFrames: false,
    persistAcrossSessions: true,
  }
  if (existing.length > 0) await browser.scripting.updateContentScripts([script])
  else {
    try {
      await browser.scripting.registerContentScripts([script])
    } catch (err) {
      // Lost a race with another context, which registered it meanwhile: update that one.
      const now = await browser.scripting.getRegisteredContentScripts({ ids: [GLOSSARY_SCRIPT_ID] }).catch(() => [])
      if (now.length === 0) throw err
      await browser.scripting.updateContentScripts([script])
    }
  }
  return matches
}
