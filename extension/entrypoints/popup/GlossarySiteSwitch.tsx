import { useEffect, useState } from 'preact/hooks'
import { browser } from 'wxt/browser'
import { t } from '../../lib/i18n'
import { ErrorNote } from '../../ui/components/ErrorNote'
import { type GlossarySite, glossarySiteOf, turnGlossaryOffFor, turnGlossaryOnFor } from '../../ui/glossary-permissions'

/** The active tab's glossary state, or null where the glossary never runs. */
function readSite(): Promise<GlossarySite | null> {
  return browser.tabs.query({ active: true, currentWindow: true }).then(
    ([tab]) => glossarySiteOf(tab),
    () => null,
  )
}

/**
 * Whether the glossary explains terms on the site the user is on, and the switch for it.
 * Turning it on where no permission covers the site asks the browser for this host: the
 * request is the handler's first await, inside the click's gesture.
 */
export function GlossarySiteSwitch() {
  const [site, setSite] = useState<GlossarySite | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const read = () => readSite().then(setSite, () => setSite(null))
  useEffect(() => {
    void readSite().then(setSite, () => setSite(null))
  }, [])
  if (site === null) return null

  const on = site.covered && !site.off
  const onChange = (e: Event) => {
    const wanted = (e.currentTarget as HTMLInputElement).checked
    setError(null)
    setBusy(true)
    void (wanted ? turnGlossaryOnFor(site) : turnGlossaryOffFor(site))
      .catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)))
      .then(read)
      .finally(() => setBusy(false))
  }
  return (
    <section class="glossary-site" aria-describedby="glossary-site-hint">
      <label class="inline-check">
        <input type="checkbox" checked={on} disabled={busy} onChange={onChange} /> {t('glossarySiteOn', { host: site.host })}
      </label>
      <p id="glossary-site-hint" class="hint">
        {on ? t('glossarySiteOnHint') : t('glossarySiteOffHint')}
      </p>
      <ErrorNote error={error} />
    </section>
  )
}
