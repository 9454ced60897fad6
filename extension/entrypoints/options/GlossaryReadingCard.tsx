import { everyOccurrence, knownTerms, setEveryOccurrence, setTermKnown } from '../../background/glossary-reading'
import { t } from '../../lib/i18n'
import { useLiveQuery } from '../../ui/hooks/use-live-query'

/**
 * How the glossary marks pages on this device: each term's first occurrence (the default) or
 * every one, and the terms the reader said they know, each with its undo. Pages pick the
 * change up on their next load.
 */
export function GlossaryReadingCard() {
  const every = useLiveQuery(() => everyOccurrence(), [])
  const known = useLiveQuery(() => knownTerms(), [])
  return (
    <section class="card" aria-labelledby="glossary-reading-h">
      <h2 id="glossary-reading-h">{t('glossaryReadingHeading')}</h2>
      <label class="inline-check">
        <input
          type="checkbox"
          disabled={every === undefined}
          checked={every ?? false}
          onChange={(e) => void setEveryOccurrence((e.currentTarget as HTMLInputElement).checked)}
        />{' '}
        {t('glossaryEveryOccurrence')}
      </label>
      <h3 id="glossary-known-h">{t('glossaryKnownHeading')}</h3>
      <p class="hint">{t('glossaryKnownHint')}</p>
      {known === undefined ? null : known.length === 0 ? (
        <p class="muted">{t('glossaryKnownNone')}</p>
      ) : (
        <ul aria-labelledby="glossary-known-h" class="known-terms">
          {known.map((k) => (
            <li key={k.id}>
              <span>{k.term}</span>{' '}
              <button type="button" class="link-button" onClick={() => void setTermKnown(k.id, false)}>
                {t('glossaryKnownUndo', { term: k.term })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
