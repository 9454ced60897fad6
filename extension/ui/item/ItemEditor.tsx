import { useEffect, useId, useState } from 'preact/hooks'
import type { Recurrence } from '../../../shared/recurrence'
import type { MetaPatch, Priority } from '../../../shared/schema/item'
import type { ItemRow, WorkspaceRow } from '../../db/types'
import { t } from '../../lib/i18n'
import { updateItem } from '../../sync/outbox'
import { recentCategories } from '../categories'
import { ErrorNote } from '../components/ErrorNote'
import { MetaFields } from '../fields/MetaFields'
import { ruleForSave, sameRule } from '../fields/recurrence-choice'

type Props = { item: ItemRow; ws: WorkspaceRow; onDone: () => void }

/**
 * The executive's edit. Only the fields the user changed since opening the form are sent
 * (compared with that snapshot, not the live item), so someone else's concurrent change to
 * another field is never written back over.
 */
export function ItemEditor({ item: live, ws, onDone }: Props) {
  const ids = { title: useId(), note: useId() }
  const [item] = useState(live)
  const [title, setTitle] = useState(item.content?.title ?? '')
  const [note, setNote] = useState(item.content?.note ?? '')
  const [priority, setPriority] = useState<Priority>(item.meta.priority)
  const [dueAt, setDueAt] = useState(item.meta.dueAt)
  const [category, setCategory] = useState(item.meta.category ?? '')
  const [assigneeId, setAssigneeId] = useState(item.meta.assigneeId)
  const [confidential, setConfidential] = useState(item.meta.confidential)
  const [recurrence, setRecurrence] = useState<Recurrence | null>(item.meta.recurrence ?? null)
  const [categories, setCategories] = useState<string[]>([])
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    void recentCategories(ws.id).then(setCategories, () => setCategories([]))
  }, [ws.id])

  const save = async (e: Event) => {
    e.preventDefault()
    if (item.content && !title.trim()) {
      setError(t('titleRequired'))
      return
    }
    const meta: MetaPatch = {}
    if (priority !== item.meta.priority) meta.priority = priority
    if (dueAt !== item.meta.dueAt) meta.dueAt = dueAt
    const cat = category.trim() || null
    if (cat !== item.meta.category) meta.category = cat
    if (assigneeId !== item.meta.assigneeId) meta.assigneeId = assigneeId
    if (confidential !== item.meta.confidential) meta.confidential = confidential
    // Compared as they would be sent: the rule pins the due date's day, so a new date may change it.
    const rule = ruleForSave(recurrence, dueAt)
    if (!sameRule(rule, ruleForSave(item.meta.recurrence ?? null, item.meta.dueAt))) meta.recurrence = rule
    const contentChanged = item.content !== null && (title.trim() !== item.content.title || note !== item.content.note)
    if (!contentChanged && Object.keys(meta).length === 0) return onDone()
    setBusy(true)
    setError(null)
    try {
      const base = live.content ?? item.content
      await updateItem(item.workspaceId, item.id, {
        ...(contentChanged && base ? { content: { ...base, title: title.trim(), note } } : {}),
        ...(Object.keys(meta).length > 0 ? { meta } : {}),
      })
      onDone()
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err))
      setBusy(false)
    }
  }

  return (
    <form class="item-editor" onSubmit={(e) => void save(e)} aria-busy={busy}>
      {item.content && (
        <>
          <div class="field">
            <label for={ids.title}>{t('fieldTitle')}</label>
            <input id={ids.title} type="text" required maxLength={500} value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
          </div>
          <div class="field">
            <label for={ids.note}>{t('fieldNote')}</label>
            <textarea id={ids.note} rows={4} maxLength={20_000} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
          </div>
        </>
      )}
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
      <ErrorNote error={error} />
      <div class="form-actions">
        <button type="submit" class="primary" disabled={busy}>
          {busy ? t('saving') : t('save')}
        </button>
        <button type="button" onClick={onDone} disabled={busy}>
          {t('cancelEdit')}
        </button>
      </div>
    </form>
  )
}
