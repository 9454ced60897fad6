import type { Source } from '../../../shared/schema/content'
import { t } from '../../lib/i18n'
import { openUrl } from '../open-page'
import { sourceUrl } from '../safe-url'

/** One click back to the Gmail thread or the page; non-http(s) addresses are not linked. */
export function SourceLink({ source }: { source: Source }) {
  const url = sourceUrl(source)
  if (!url) return null
  const label = source.gmail ? t('openGmailThread') : t('openSourcePage')
  return (
    <a
      class="source-link"
      href={url}
      target="_blank"
      rel="noopener noreferrer"
      onClick={(e) => {
        e.preventDefault()
        void openUrl(url)
      }}
    >
      {label} ↗
    </a>
  )
}
