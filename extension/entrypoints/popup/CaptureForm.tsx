import type { ComponentChildren, TargetedKeyboardEvent } from 'preact'
import { useEffect, useId, useState } from 'preact/hooks'
import type { Recurrence } from '../../../shared/recurrence'
import type { Priority } from '../../../shared/schema/item'
import { db } from '../../db/database'
import type { WorkspaceRow } from '../../db/types'
import { t } from '../../lib/i18n'
import { createItem } from '../../sync/outbox'
import { recentCategories } from '../../ui/categories'
import { ErrorNote } from '../../ui/components/ErrorNote'
import { AttachmentPicker } from '../../ui/files/AttachmentPicker'
import type { LocalFile } from '../../sync/attachments'
import { MetaFields } from '../../ui/fields/MetaFields'
import { ruleForSave } from '../../ui/fields/recurrence-choice'
import { defaultAssignee } from './capture-defaults'
import type { Prefill } from './prefill'
import { SourcePreview } from './SourcePreview'
import { UnreadNotice } from './UnreadNotice'

/** `status` is shown beside Save, in the footer that never scrolls away (the sync state). */
type Props = { workspaces: WorkspaceRow[]; prefill: Prefill; onSaved: () => void; status?: ComponentChildren }

/**
 * The quick capture: saved to IndexedDB at once, the background syncs it later. The fields
 * scroll; the footer (Save and the sync state) stays in view at any popup height or zoom.
 */
export function CaptureForm({ workspaces, prefill, onSaved, status }: Props) {
  const ids = { ws: useId(), title: useId(), note: useId() }
  const [workspaceId, setWorkspaceId] = useState(workspaces[0]!.id)
  const ws = workspaces.find((w) => w.id === workspaceId) ?? workspaces[0]!
  const [title, setTitle] = useState(prefill.content.title)
  const [note, setNote] = useState(prefill.content.note)
  const [assigneeId, setAssigneeId] = useState<string | null>(() => defaultAssignee(ws))
  const [priority, setPriority] = useState<Priority>('normal')
  const [dueAt, setDueAt] = useState<number | null>(null)
  const [category, setCategory] = useState('')
  const [confidential, setConfidential] = useState(false)
  const [recurrence, setRecurrence] = useState<Recurrence | null>(null)
  const [categories, setCategories] = useState<string[]>([])
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [files, setFiles] = useState<LocalFile[]>([])

  useEffect(() => {
    void recentCategories(workspaceId).then(setCategories, () => setCategories([]))
  }, [workspaceId])

  const chooseWorkspace = (id: string) => {
    setWorkspaceId(id)
    setAssigneeId(defaultAssignee(workspaces.find((w) => w.id === id)))
  }

  const save = async (e: Event) => {
    e.preventDefault()
    if (saving) return
    if (!title.trim()) {
      setError(t('titleRequired'))
      return
    }
    setSaving(true)
    setError(null)
    try {
      const rule = ruleForSave(recurrence, dueAt)
      await createItem(
        ws.id,
        { ...prefill.content, title: title.trim(), note },
        {
          priority,
          dueAt,
          assigneeId,
          category: category.trim() || null,
          confidential,
          // Only recurring items carry the field, so plain ones stay exactly as before on the wire.
          ...(rule ? { recurrence: rule } : {}),
        },
        files,
      )
      if (prefill.draftId) await db().drafts.delete(prefill.draftId)
      onSaved()
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err))
      setSaving(false)
    }
  }

  // Enter saves from a one-line field (the browser's own submit); Ctrl+Enter (⌘+Enter) from any field, the note too.
  const onKeyDown = (e: TargetedKeyboardEvent<HTMLFormElement>) => {
    if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey) || e.isComposing) return
    e.preventDefault()
    e.currentTarget.requestSubmit()
  }

  return (
    <form class="capture-form" onSubmit={(e) => void save(e)} onKeyDown={onKeyDown} aria-busy={saving}>
      <div class="capture-fields">
        {workspaces.length > 1 && (
          <div class="field">
            <label for={ids.ws}>{t('fieldWorkspace')}</label>
            <select id={ids.ws} value={workspaceId} onChange={(e) => chooseWorkspace(e.currentTarget.value)}>
              {workspaces.map((w) => (
                <option key={w.id} value={w.id}>
                  {w.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div class="field">
          <label for={ids.title}>{t('fieldTitle')}</label>
          <input
            id={ids.title}
            name="title"
            type="text"
            required
            maxLength={500}
            // biome-ignore lint/a11y/noAutofocus: the popup opens for this one field; focus saves a click on every capture.
            autoFocus
            value={title}
            onInput={(e) => setTitle(e.currentTarget.value)}
          />
        </div>
        <UnreadNotice source={prefill.content.source} />
        <SourcePreview source={prefill.content.source} />
        {prefill.content.source.kind === 'manual' && !prefill.draftId && <p class="hint source-none">{t('captureNoSource')}</p>}
        <div class="field">
          <label for={ids.note}>{t('fieldNote')}</label>
          <textarea id={ids.note} rows={3} maxLength={20_000} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        </div>
        <AttachmentPicker files={files} onChange={setFiles} onError={setError} />
        <MetaFields
          ws={ws}
          assigneeId={assigneeId}
          setAssigneeId={setAssigneeId}
          priority={priority}
          setPriority={setPriority}
          dueAt={dueAt}
          setDueAt={setDueAt}
          recurrence={recurrence}
          setRecurrence={setRecurrence}
          category={category}
          setCategory={setCategory}
          categories={categories}
          confidential={confidential}
          setConfidential={setConfidential}
        />
      </div>
      <footer class="capture-footer">
        <ErrorNote error={error} />
        <div class="form-actions">
          <button type="submit" class="primary" disabled={saving}>
            {saving ? t('saving') : t('save')}
          </button>
          <span class="hint">{t('captureKeysHint')}</span>
        </div>
        {status}
      </footer>
    </form>
  )
}
