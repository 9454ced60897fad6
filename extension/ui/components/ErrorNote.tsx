import { t } from '../../lib/i18n'

/** A reply's error, said plainly and announced to screen readers. */
export function ErrorNote({ error }: { error: string | null }) {
  if (!error) return null
  return (
    <p class="error-note" role="alert">
      {t('errorPrefix')} {error}
    </p>
  )
}
