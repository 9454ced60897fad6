import { useId } from 'preact/hooks'
import { db } from '../../db/database'
import { t } from '../../lib/i18n'
import { useLiveQuery } from '../hooks/use-live-query'
import { PlaybookText } from './PlaybookText'

/** The category's standing instructions, beside the item they apply to. */
export function PlaybookPanel({ workspaceId, category }: { workspaceId: string; category: string }) {
  const id = useId()
  const row = useLiveQuery(() => db().playbooks.get([workspaceId, category]), [workspaceId, category])
  // '' is a removal on its way to the server: nothing to show.
  if (!row || row.text === '') return null
  return (
    <aside class="playbook" aria-labelledby={id}>
      <h3 id={id}>{t('playbookFor', { category })}</h3>
      {row.text === null ? <p class="muted">{t('cannotRead')}</p> : <PlaybookText text={row.text} />}
    </aside>
  )
}
