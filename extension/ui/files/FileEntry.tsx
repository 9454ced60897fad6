import { useEffect, useState } from 'preact/hooks'
import type { FileRef } from '../../../shared/schema/files'
import type { UploadRow } from '../../db/types'
import { t } from '../../lib/i18n'
import { blobUrl, canPreview, fileBytes, saveAs } from './file-blob'
import { formatBytes } from './file-size'

type Props = { workspaceId: string; itemId: string; file: FileRef; upload: UploadRow | undefined }

/** One attachment: its name and size, its upload progress on the sender's device, Save and Preview. */
export function FileEntry({ workspaceId, itemId, file, upload }: Props) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [preview, setPreview] = useState<string | null>(null)

  useEffect(
    () => () => {
      if (preview) URL.revokeObjectURL(preview)
    },
    [preview],
  )

  const withBytes = async (use: (data: Uint8Array<ArrayBuffer>) => void) => {
    setBusy(true)
    setError(null)
    try {
      use(await fileBytes(workspaceId, itemId, file))
    } catch (err) {
      const code = err instanceof Error ? err.message : String(err)
      setError(code === 'upload_incomplete' ? t('filesNotYet') : t('filesFailed', { code }))
    } finally {
      setBusy(false)
    }
  }

  return (
    <li class="file-entry">
      <span class="file-name">{file.name}</span> <span class="muted">{formatBytes(file.size)}</span>
      {upload && upload.error === null && (
        <progress
          max={upload.chunks}
          value={upload.sent}
          aria-label={t('filesChunkProgress', { name: file.name, percent: Math.round((100 * upload.sent) / upload.chunks) })}
        />
      )}
      {upload?.error && <span class="error-note"> {t('filesRefused', { code: upload.error })}</span>}
      <span class="file-actions">
        <button
          type="button"
          disabled={busy}
          aria-label={t('filesSaveNamed', { name: file.name })}
          onClick={() => void withBytes((data) => saveAs(data, file))}
        >
          {busy ? t('filesOpening') : t('filesSave')}
        </button>
        {canPreview(file) &&
          (preview ? (
            <button type="button" onClick={() => setPreview(null)}>
              {t('filesHidePreview')}
            </button>
          ) : (
            <button
              type="button"
              disabled={busy}
              aria-label={t('filesPreviewNamed', { name: file.name })}
              onClick={() => void withBytes((data) => setPreview(blobUrl(data, file, 'preview')))}
            >
              {t('filesPreview')}
            </button>
          ))}
      </span>
      {error && (
        <p class="error-note" role="alert">
          {error}
        </p>
      )}
      {preview &&
        (file.type === 'application/pdf' ? (
          // The browser's own PDF viewer, in a frame with no rights of its own.
          <iframe class="file-preview" title={t('filesPreviewNamed', { name: file.name })} src={preview} sandbox="" />
        ) : (
          <img class="file-preview" alt={file.name} src={preview} />
        ))}
    </li>
  )
}
