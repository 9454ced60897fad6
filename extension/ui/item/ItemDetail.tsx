import { useEffect, useState } from 'preact/hooks'
import { db } from '../../db/database'
import type { ItemRow, WorkspaceRow } from '../../db/types'
import { t } from '../../lib/i18n'
import { markSeen, updateItem } from '../../sync/outbox'
import { ErrorNote } from '../components/ErrorNote'
import { ItemFiles } from '../files/ItemFiles'
import { ExportItemButton } from '../export/ExportItemButton'
import { AssigneeField } from '../fields/AssigneeField'
import { formatDateTime, formatRelative } from '../format/time'
import { useLiveQuery } from '../hooks/use-live-query'
import { PRIORITY_LABEL, STATUS_LABEL } from '../labels'
import { memberName } from '../members'
import { PlaybookPanel } from '../playbook/PlaybookPanel'
import { CommentBox, CommentList } from './Comments'
import { ItemEditor } from './ItemEditor'
import { ItemHistory } from './ItemHistory'
import { Lock } from './Lock'
import { canComment, canEdit } from './permissions'
import { SlaBadge } from './SlaBadge'
import { SourceLink } from './SourceLink'
import { recurrenceText } from './recurrence-text'
import { StatusActions } from './StatusActions'
import { DELEGATED_MOVES, QUEUE_MOVES } from './status-actions'

export type ViewKind = 'delegated' | 'queue'

type Props = { itemId: string; workspaces: ReadonlyMap<string, WorkspaceRow>; view: ViewKind; now: number; onClose: () => void }

/** One item in full: content, SLA, the category's playbook, actions, comments and history. */
export function ItemDetail({ itemId, workspaces, view, now, onClose }: Props) {
  const item = useLiveQuery(() => db().items.get(itemId), [itemId])
  const [editing, setEditing] = useState(false)
  const [error, setError] = useState<string | null>(null)

  // biome-ignore lint/correctness/useExhaustiveDependencies: another item opened: close the editor and forget the last error.
  useEffect(() => {
    setEditing(false)
    setError(null)
  }, [itemId])

  // Opening an item is looking at it: clear its "changed" mark (and the badge count).
  useEffect(() => {
    if (item?.unseen === 1)
      markSeen(item.id).catch(() => {
        /* the mark clears on the next open */
      })
  }, [item?.id, item?.unseen])

  if (item === undefined) return <section class="detail" aria-busy="true" />
  const ws = workspaces.get(item.workspaceId)
  if (!item || !ws || item.deleted === 1) {
    return (
      <section class="detail">
        <p class="muted">{t('itemGone')}</p>
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      </section>
    )
  }

  return (
    <section class="detail" aria-labelledby={`detail-title-${item.id}`}>
      <header class="detail-header">
        <h2 id={`detail-title-${item.id}`}>
          {item.meta.confidential && <Lock />} {item.content ? item.content.title : t('cannotRead')}
        </h2>
        <button type="button" class="icon-button" aria-label={t('close')} title={t('close')} onClick={onClose}>
          ×
        </button>
      </header>
      {editing ? (
        <ItemEditor item={item} ws={ws} onDone={() => setEditing(false)} />
      ) : (
        <DetailBody item={item} ws={ws} view={view} now={now} onEdit={() => setEditing(true)} onError={setError} />
      )}
      <ErrorNote error={error} />
      <ItemFiles item={item} ws={ws} />
      {item.meta.category && <PlaybookPanel workspaceId={item.workspaceId} category={item.meta.category} />}
      <section class="detail-comments" aria-label={t('comments')}>
        <h3>{t('comments')}</h3>
        <CommentList itemId={item.id} ws={ws} />
        {canComment(item, ws) && <CommentBox itemId={item.id} workspaceId={item.workspaceId} />}
      </section>
      <ItemHistory itemId={item.id} ws={ws} />
      {ws.role === 'executive' && <ExportItemButton ws={ws} itemId={item.id} onError={setError} />}
    </section>
  )
}

type BodyProps = { item: ItemRow; ws: WorkspaceRow; view: ViewKind; now: number; onEdit: () => void; onError: (m: string) => void }

function DetailBody({ item, ws, view, now, onEdit, onError }: BodyProps) {
  const editable = view === 'delegated' && canEdit(item, ws)
  const reassign = async (assigneeId: string | null) => {
    try {
      await updateItem(item.workspaceId, item.id, { meta: { assigneeId } })
    } catch (err) {
      onError(err instanceof Error ? err.message : String(err))
    }
  }
  const source = item.content?.source
  return (
    <>
      <dl class="facts">
        <dt>{t('fieldStatus')}</dt>
        <dd>
          <span class={`status status-${item.status}`}>{t(STATUS_LABEL[item.status])}</span> <SlaBadge item={item} now={now} />
        </dd>
        <dt>{t('fieldPriority')}</dt>
        <dd>{t(PRIORITY_LABEL[item.meta.priority])}</dd>
        <dt>{t('fieldDue')}</dt>
        <dd>{item.meta.dueAt === null ? t('noDue') : `${formatDateTime(item.meta.dueAt)} (${formatRelative(item.meta.dueAt, now)})`}</dd>
        <dt>{view === 'queue' ? t('fromExecutive') : t('fieldAssignee')}</dt>
        <dd>{view === 'queue' ? memberName(ws, item.createdBy) : memberName(ws, item.meta.assigneeId)}</dd>
        {item.meta.category && (
          <>
            <dt>{t('fieldCategory')}</dt>
            <dd>{item.meta.category}</dd>
          </>
        )}
        {item.meta.recurrence && (
          <>
            <dt>{t('fieldRecurrence')}</dt>
            <dd>{recurrenceText(item.meta.recurrence)}</dd>
          </>
        )}
        <dt>{t('created')}</dt>
        <dd>{formatDateTime(item.createdAt)}</dd>
        {item.meta.confidential && (
          <>
            <dt>{t('confidential')}</dt>
            <dd>{t('confidentialHint')}</dd>
          </>
        )}
      </dl>
      {item.pending === 1 && <p class="muted">{t('pendingSend')}</p>}
      {!item.content && <p class="notice">{t('cannotReadHint')}</p>}
      {source && (
        <div class="source">
          <SourceLink source={source} />
          {source.gmail && (
            <p class="muted">
              {source.gmail.from.name || source.gmail.from.email} — {source.gmail.subject}
            </p>
          )}
          {source.excerpt && <blockquote class="excerpt">{source.excerpt}</blockquote>}
          {source.gmail && source.gmail.attachments.length > 0 && (
            <p class="muted">{t('attachments', { names: source.gmail.attachments.map((a) => a.name).join(', ') })}</p>
          )}
        </div>
      )}
      {item.content?.note && <p class="note">{item.content.note}</p>}
      <StatusActions
        item={item}
        ws={ws}
        moves={view === 'queue' ? QUEUE_MOVES : DELEGATED_MOVES}
        showShortcuts={view === 'queue'}
        onError={onError}
      />
      {editable && (
        <div class="detail-edit">
          <AssigneeField ws={ws} value={item.meta.assigneeId} onChange={(id) => void reassign(id)} label={t('reassign')} />
          <button type="button" onClick={onEdit}>
            {t('edit')}
          </button>
        </div>
      )}
    </>
  )
}
