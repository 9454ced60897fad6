import type { TargetedEvent } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import { disableGmail, enableGmail, isGmailEnabled } from '../../background/gmail'
import { disableGlossaryOn, enableGlossaryOn, glossaryEnabledOn } from '../../ui/glossary-permissions'
import { GMAIL_ORIGIN } from '../../background/glossary-registration'
import { t } from '../../lib/i18n'
import { ErrorNote } from '../../ui/components/ErrorNote'

/** The manifest's optional every-site patterns: "the glossary everywhere". */
const EVERY_SITE = ['https://*/*', 'http://*/*']

type State = { gmail: boolean; glossaryGmail: boolean; glossaryEverywhere: boolean }

async function readState(): Promise<State> {
  const [gmail, glossaryGmail, ...every] = await Promise.all([
    isGmailEnabled(),
    glossaryEnabledOn(GMAIL_ORIGIN),
    ...EVERY_SITE.map((o) => glossaryEnabledOn(o)),
  ])
  return { gmail, glossaryGmail, glossaryEverywhere: every.every(Boolean) }
}

/**
 * Gmail capture and the glossary are optional host permissions. Browsers only show the prompt
 * inside the click's user gesture, so each handler calls the permission function first, with
 * nothing awaited before it; the switches then show what the browser actually granted.
 */
export function IntegrationsCard() {
  const [state, setState] = useState<State | null>(null)
  const [error, setError] = useState<string | null>(null)
  const refresh = () => void readState().then(setState, () => setState({ gmail: false, glossaryGmail: false, glossaryEverywhere: false }))
  useEffect(refresh, [])

  const after = (request: Promise<unknown>) => {
    setError(null)
    void request.then(refresh, (err: unknown) => {
      setError(err instanceof Error ? err.message : String(err))
      refresh()
    })
  }
  const checked = (e: TargetedEvent<HTMLInputElement>) => e.currentTarget.checked
  const onGmail = (e: TargetedEvent<HTMLInputElement>) => after(checked(e) ? enableGmail() : disableGmail())
  const onGlossaryGmail = (e: TargetedEvent<HTMLInputElement>) =>
    after(checked(e) ? enableGlossaryOn([GMAIL_ORIGIN]) : disableGlossaryOn([GMAIL_ORIGIN]))
  const onGlossaryEverywhere = (e: TargetedEvent<HTMLInputElement>) =>
    after(checked(e) ? enableGlossaryOn(EVERY_SITE) : disableGlossaryOn(EVERY_SITE))

  return (
    <section class="card" aria-labelledby="integrations-h">
      <h2 id="integrations-h">{t('integrationsHeading')}</h2>
      <label class="inline-check">
        <input type="checkbox" disabled={!state} checked={state?.gmail ?? false} onChange={onGmail} /> {t('gmailToggle')}
      </label>
      <p class="hint">{t('gmailToggleHint')}</p>
      <div>
        <label class="inline-check">
          <input type="checkbox" disabled={!state} checked={state?.glossaryGmail ?? false} onChange={onGlossaryGmail} />{' '}
          {t('glossaryGmailToggle')}
        </label>
      </div>
      <div>
        <label class="inline-check">
          <input type="checkbox" disabled={!state} checked={state?.glossaryEverywhere ?? false} onChange={onGlossaryEverywhere} />{' '}
          {t('glossaryEverywhereToggle')}
        </label>
      </div>
      <p class="hint">{t('glossaryToggleHint')}</p>
      <ErrorNote error={error} />
    </section>
  )
}
