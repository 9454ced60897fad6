import { useState } from 'preact/hooks'
import { db } from '../../db/database'
import type { ItemRow, WorkspaceRow } from '../../db/types'
import { t } from '../../lib/i18n'
import type { LocalFile } from '../../sync/attachments'
import { attachFiles } from '../../sync/outbox'
import { ErrorNote } from '../components/ErrorNote'
import { useLiveQuery } from '../hooks/use-live-query'
import { canComment } from '../item/permissions'
import { AttachmentPicker } from './AttachmentPicker'
import { FileEntry } from './FileEntry'

type Props = { item: ItemRow; ws: WorkspaceRow }

/**
 * The item's attachments: those clipped with it and those added later in comments (how the
 * assistant returns a signed copy), with "uploading n/m" while this device still sends some.
 */
export function ItemFiles({ item, ws }: Props) {
  const comments = useLiveQuery(() => db().comments.where('itemId').equals(item.id).toArray(), [item.id]) ?? []
  const uploads = useLiveQuery(() => db().uploads.where('itemId').equals(item.id).toArray(), [item.id]) ?? []
  const [adding, setAdding] = useState<LocalFile[]>([])
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const files = [...(item.content?.files ?? []), ...comments.flatMap((c) => c.files ?? [])]
  const mayAttach = canComment(item, ws)
  if (files.length === 0 && !mayAttach) return null
  const sending = uploads.filter((u) => u.error === null)
  const byId = new Map(uploads.map((u) => [u.fileId, u]))

  const attach = async () => {
    setSaving(true)
    try {
      await attachFiles(ws.id, item.id, adding)
      setAdding([])
      setError(null)
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err))
    } finally {
      setSaving(false)
    }
  }

  return (
    <section class="item-files" aria-label={t('filesHeading')}>
      <h3>{t('filesHeading')}</h3>
      {sending.length > 0 && (
        <p class="muted" role="status">
          {t('filesUploading', { done: files.length - sending.length, total: files.length })}
        </p>
      )}
      {files.length > 0 && (
        <ul class="file-list">
          {files.map((f) => (
            <FileEntry key={f.id} workspaceId={ws.id} itemId={item.id} file={f} upload={byId.get(f.id)} />
          ))}
        </ul>
      )}
      {mayAttach && (
        <div class="file-add">
          <AttachmentPicker files={adding} onChange={setAdding} onError={setError} />
          {adding.length > 0 && (
            <button type="button" disabled={saving} onClick={() => void attach()}>
              {t('filesAdd')}
            </button>
          )}
        </div>
      )}
      <ErrorNote error={error} />
    </section>
  )
}
