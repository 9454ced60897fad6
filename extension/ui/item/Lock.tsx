import { t } from '../../lib/i18n'

/** Marks a confidential item; the text alternative says so. */
export function Lock() {
  return (
    <span class="lock" role="img" aria-label={t('confidential')} title={t('confidential')}>
      🔒
    </span>
  )
}
