import { useEffect, useId, useRef, useState } from 'preact/hooks'
import { t } from '../../lib/i18n'
import { AttachmentError, readLocalFile, type LocalFile } from '../../sync/attachments'
import { formatBytes } from './file-size'

type Props = { files: LocalFile[]; onChange: (files: LocalFile[]) => void; onError: (message: string | null) => void }

/**
 * Files from disk: the picker, a drop anywhere on the page and a paste (a screenshot, a file
 * copied in the file manager). Each file is read at once, so nothing is lost if the popup closes
 * later; over 25 MiB it is refused with its name.
 */
export function AttachmentPicker({ files, onChange, onError }: Props) {
  const inputId = useId()
  const fileInput = useRef<HTMLInputElement>(null)
  const [dragging, setDragging] = useState(false)

  const add = async (list: FileList | File[] | null | undefined) => {
    if (!list || list.length === 0) return
    const read: LocalFile[] = []
    for (const file of Array.from(list)) {
      try {
        read.push(await readLocalFile(file))
      } catch (err) {
        onError(err instanceof AttachmentError ? t('filesTooLarge', { name: file.name }) : String(err))
      }
    }
    if (read.length) onChange([...files, ...read])
  }

  // The latest `add` for the document listeners below, without re-binding them on every render.
  const addRef = useRef(add)
  addRef.current = add
  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      if (!e.clipboardData?.files.length) return
      e.preventDefault()
      void addRef.current(e.clipboardData.files)
    }
    const onDragOver = (e: DragEvent) => {
      if (!e.dataTransfer?.types.includes('Files')) return
      e.preventDefault()
      setDragging(true)
    }
    const onDrop = (e: DragEvent) => {
      setDragging(false)
      if (!e.dataTransfer?.files.length) return
      e.preventDefault()
      void addRef.current(e.dataTransfer.files)
    }
    const onLeave = () => setDragging(false)
    document.addEventListener('paste', onPaste)
    document.addEventListener('dragover', onDragOver)
    document.addEventListener('drop', onDrop)
    document.addEventListener('dragleave', onLeave)
    return () => {
      document.removeEventListener('paste', onPaste)
      document.removeEventListener('dragover', onDragOver)
      document.removeEventListener('drop', onDrop)
      document.removeEventListener('dragleave', onLeave)
    }
  }, [])

  return (
    <div class={`field file-picker${dragging ? ' dragging' : ''}`}>
      <span class="hint">
        {t('filesDropHint')} {/* A real button opens the chooser: the browser's file input shows no focus ring of its own. */}
        <button type="button" class="link-button" aria-controls={inputId} onClick={() => fileInput.current?.click()}>
          {t('filesChoose')}
        </button>
      </span>
      <input
        id={inputId}
        ref={fileInput}
        type="file"
        multiple
        hidden
        class="file-input"
        onChange={(e) => {
          const input = e.currentTarget
          void add(input.files).then(() => {
            input.value = ''
          })
        }}
      />
      {files.length > 0 && (
        <ul class="file-list">
          {files.map((f, i) => (
            <li key={f.pickId ?? f.name}>
              <span class="file-name">{f.name}</span> <span class="muted">{formatBytes(f.data.length)}</span>{' '}
              <button
                type="button"
                class="icon-button"
                aria-label={t('filesRemove', { name: f.name })}
                title={t('filesRemove', { name: f.name })}
                onClick={() => onChange(files.filter((_, j) => j !== i))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
