import type { Source } from '../../../shared/schema/content'
import { t } from '../../lib/i18n'
import { shortAddress } from '../../ui/format/short-address'
import { httpUrl } from '../../ui/safe-url'

/**
 * What the clip carries besides the title: where it came from (the address, shortened, to check
 * the link back before saving; the Gmail account for a mail) and the selected text.
 */
export function SourcePreview({ source }: { source: Source }) {
  if (source.kind === 'manual') return null
  const from = source.gmail ? `${source.gmail.from.name || source.gmail.from.email} — ${source.gmail.subject}` : source.title || ''
  // A Gmail permalink says nothing the account and sender do not say better.
  const url = source.gmail ? null : httpUrl(source.url)
  const address = url ? shortAddress(url) : null
  const attachments = source.gmail?.attachments ?? []
  return (
    <section class="source-preview" aria-label={t('sourceHeading')}>
      {source.gmail?.account && (
        <p class="source-account">
          <span class="muted">{t('sourceGmailAccount')}</span> {source.gmail.account}
        </p>
      )}
      {url && address && (
        <p class="source-address">
          <span class="muted">{t('sourceAddress')}</span> {/* Seen short (the whole address on hover); read out whole. */}
          <span class="mono source-url" title={url} aria-hidden="true">
            {address}
          </span>
          <span class="sr-only">{url}</span>
        </p>
      )}
      {from && (
        <p class="source-from">
          <span class="muted">{t('sourceFrom')}</span> {from}
        </p>
      )}
      {source.excerpt && (
        <blockquote class="excerpt">{source.excerpt.length > 600 ? `${source.excerpt.slice(0, 600)}…` : source.excerpt}</blockquote>
      )}
      {attachments.length > 0 && <p class="muted">{t('attachments', { names: attachments.map((a) => a.name).join(', ') })}</p>}
    </section>
  )
}
