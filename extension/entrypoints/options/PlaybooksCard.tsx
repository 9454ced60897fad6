import { useEffect, useId, useState } from 'preact/hooks'
import { LIMITS } from '../../../shared/limits'
import { PLAYBOOK_MAX_CHARS } from '../../../shared/schema/content'
import { db } from '../../db/database'
import type { WorkspaceRow } from '../../db/types'
import { t } from '../../lib/i18n'
import { setPlaybook } from '../../sync/outbox'
import { recentCategories } from '../../ui/categories'
import { ErrorNote } from '../../ui/components/ErrorNote'
import { useLiveQuery } from '../../ui/hooks/use-live-query'
import { PlaybookText } from '../../ui/playbook/PlaybookText'

/**
 * Standing instructions per category ("cahier des charges"), written once by the executive and
 * shown to the assistant beside every item of that category. Saved locally at once and sealed
 * with the workspace key on its way to the server.
 */
export function PlaybooksCard({ ws, titled }: { ws: WorkspaceRow; titled: boolean }) {
  const ids = { h: useId(), category: useId(), categories: useId(), text: useId(), hint: useId(), preview: useId() }
  const playbooks = useLiveQuery(() => db().playbooks.where('workspaceId').equals(ws.id).toArray(), [ws.id])
  const [suggestions, setSuggestions] = useState<string[]>([])
  const [category, setCategory] = useState('')
  const [text, setText] = useState('')
  const [done, setDone] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    void recentCategories(ws.id).then(setSuggestions, () => setSuggestions([]))
  }, [ws.id])

  const written = (playbooks ?? []).filter((p) => p.text !== '').sort((a, b) => a.category.localeCompare(b.category))
  // Naming a category that has a playbook loads it; a new name keeps what was typed so far.
  const choose = (name: string) => {
    setCategory(name)
    const found = written.find((p) => p.category === name.trim())
    if (found) setText(found.text ?? '')
    setDone(null)
    setError(null)
  }
  const save = async (value: string | null) => {
    const name = category.trim()
    if (!name) return setError(t('playbookNeedsCategory'))
    setError(null)
    try {
      await setPlaybook(ws.id, name, value)
      setDone(value === null ? t('playbookRemoved', { category: name }) : t('playbookSaved', { category: name }))
      if (value === null) setText('')
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err))
    }
  }
  const options = [...new Set([...written.map((p) => p.category), ...suggestions])].sort((a, b) => a.localeCompare(b))
  const exists = written.some((p) => p.category === category.trim())

  return (
    <section class="card playbooks" aria-labelledby={ids.h}>
      <h2 id={ids.h}>{titled ? t('playbooksHeadingIn', { name: ws.name }) : t('playbooksHeading')}</h2>
      <p class="hint">{t('playbooksHint')}</p>
      {written.length > 0 && (
        <div class="chips" role="group" aria-label={t('playbooksWritten')}>
          {written.map((p) => (
            <button
              key={p.category}
              type="button"
              class="chip"
              aria-pressed={p.category === category.trim()}
              onClick={() => choose(p.category)}
            >
              {p.category}
            </button>
          ))}
        </div>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault()
          void save(text.trim() === '' ? null : text)
        }}
      >
        <div class="field">
          <label for={ids.category}>{t('fieldCategory')}</label>
          <input
            id={ids.category}
            type="text"
            list={ids.categories}
            maxLength={LIMITS.categoryChars}
            value={category}
            onInput={(e) => choose(e.currentTarget.value)}
          />
          <datalist id={ids.categories}>
            {options.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
        </div>
        <div class="field">
          <label for={ids.text}>{t('playbookText')}</label>
          <textarea
            id={ids.text}
            rows={8}
            maxLength={PLAYBOOK_MAX_CHARS}
            aria-describedby={ids.hint}
            value={text}
            onInput={(e) => {
              setText(e.currentTarget.value)
              setDone(null)
            }}
          />
          <p id={ids.hint} class="hint">
            {t('playbookFormatHint')}
          </p>
        </div>
        {text.trim() !== '' && (
          <div class="playbook-preview" aria-labelledby={ids.preview} role="region">
            <h3 id={ids.preview}>{t('playbookPreview')}</h3>
            <PlaybookText text={text} />
          </div>
        )}
        <ErrorNote error={error} />
        {done && (
          <p class="success-note" role="status">
            {done}
          </p>
        )}
        <div class="form-actions">
          <button type="submit" class="primary" disabled={!category.trim()}>
            {t('playbookSave')}
          </button>
          {exists && (
            <button
              type="button"
              class="danger"
              onClick={() => {
                if (confirm(t('playbookConfirmRemove', { category: category.trim() }))) void save(null)
              }}
            >
              {t('playbookRemove')}
            </button>
          )}
        </div>
      </form>
    </section>
  )
}
