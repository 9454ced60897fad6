import { useId, useState } from 'preact/hooks'
import { db } from '../../db/database'
import type { WorkspaceRow } from '../../db/types'
import { t } from '../../lib/i18n'
import { addComment } from '../../sync/outbox'
import { formatDateTime } from '../format/time'
import { useLiveQuery } from '../hooks/use-live-query'
import { memberName } from '../members'

/** The item's conversation, oldest first, updated live as comments sync in. */
export function CommentList({ itemId, ws }: { itemId: string; ws: WorkspaceRow }) {
  const comments = useLiveQuery(() => db().comments.where('itemId').equals(itemId).sortBy('createdAt'), [itemId])
  if (!comments) return null
  if (comments.length === 0) return <p class="muted">{t('noComments')}</p>
  return (
    <ol class="comments">
      {comments.map((c) => (
        <li key={c.id} class={c.pending ? 'pending' : ''}>
          <div class="comment-meta">
            <strong>{memberName(ws, c.authorId)}</strong>
            {' · '}
            <time dateTime={new Date(c.createdAt).toISOString()}>{formatDateTime(c.createdAt)}</time>
            {c.pending === 1 && <span class="muted"> · {t('pendingSend')}</span>}
          </div>
          <p class="comment-text">{c.text ?? t('cannotRead')}</p>
        </li>
      ))}
    </ol>
  )
}

export function CommentBox({ itemId, workspaceId }: { itemId: string; workspaceId: string }) {
  const id = useId()
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const submit = async (e: Event) => {
    e.preventDefault()
    const value = text.trim()
    if (!value || busy) return
    setBusy(true)
    setError(null)
    try {
      await addComment(workspaceId, itemId, value)
      setText('')
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err))
    } finally {
      setBusy(false)
    }
  }
  return (
    <form class="comment-box" onSubmit={(e) => void submit(e)}>
      <label for={id}>{t('addComment')}</label>
      <textarea
        id={id}
        rows={2}
        maxLength={10_000}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => {
          // Enter sends, as in a chat; Shift+Enter starts a new line. Not while an IME composes.
          if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
            e.preventDefault()
            void submit(e)
          }
        }}
      />
      <p class="hint">{t('commentKeysHint')}</p>
      {error && (
        <p class="error-note" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy || !text.trim()}>
        {busy ? t('sending') : t('send')}
      </button>
    </form>
  )
}
