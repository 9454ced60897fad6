import { useState } from 'preact/hooks'
import type { WorkspaceRow } from '../../db/types'
import { t } from '../../lib/i18n'
import { ErrorNote } from '../../ui/components/ErrorNote'
import { Spinner } from '../../ui/components/Spinner'
import { ROLE_LABEL } from '../../ui/labels'
import { sendToBackground } from '../../lib/messaging'
import { InvitePanel } from './InvitePanel'
import { MemberList } from './MemberList'

/** One workspace this device belongs to: who is in it, inviting, and leaving. */
export function WorkspaceCard({ ws }: { ws: WorkspaceRow }) {
  const [leaving, setLeaving] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const leave = async () => {
    if (!confirm(t('confirmLeave', { name: ws.name }))) return
    setLeaving(true)
    setError(null)
    const reply = await sendToBackground({ type: 'leave-workspace', workspaceId: ws.id })
    if (!reply.ok) {
      setLeaving(false)
      setError(reply.error)
    }
  }
  return (
    <article class="card workspace" aria-labelledby={`ws-${ws.id}`}>
      <header class="workspace-header">
        <h3 id={`ws-${ws.id}`}>{ws.name}</h3>
        <span class="badge">{t(ROLE_LABEL[ws.role])}</span>
      </header>
      <p class="hint">
        {t('signedInAs', { name: ws.displayName })} · {ws.serverUrl}
      </p>
      <h4>{t('members')}</h4>
      <MemberList ws={ws} />
      {ws.role === 'executive' && <InvitePanel workspaceId={ws.id} primary={ws.members.every((m) => m.id === ws.memberId || m.revoked)} />}
      <ErrorNote error={error} />
      <div class="form-actions">
        <button type="button" class="danger" disabled={leaving} onClick={() => void leave()}>
          {leaving ? (
            <>
              <Spinner /> {t('leaving')}
            </>
          ) : (
            t('leaveWorkspace')
          )}
        </button>
      </div>
    </article>
  )
}
