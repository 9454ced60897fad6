import type { Source } from '../../../shared/schema/content'
import { t } from '../../lib/i18n'

/** What the clip carries besides the title: where it came from and the selected text. */
export function SourcePreview({ source }: { source: Source }) {
  if (source.kind === 'manual') return null
  const from = source.gmail ? `${source.gmail.from.name || source.gmail.from.email} — ${source.gmail.subject}` : source.title || source.url || ''
  const attachments = source.gmail?.attachments ?? []
  return (
    <section class="source-preview" aria-label={t('sourceHeading')}>
      <p class="source-from"><span class="muted">{t('sourceFrom')}</span> {from}</p>
      {source.excerpt && <blockquote class="excerpt">{source.excerpt.length > 600 ? `${source.excerpt.slice(0, 600)}…` : source.excerpt}</blockquote>}
      {attachments.length > 0 && (
        <p class="muted">{t('attachments', { names: attachments.map((a) => a.name).join(', ') })}</p>
      )}
    </section>
  )
}
