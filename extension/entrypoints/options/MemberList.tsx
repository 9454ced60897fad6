import { useState } from 'preact/hooks'
import type { WorkspaceRow } from '../../db/types'
import { t } from '../../lib/i18n'
import { ErrorNote } from '../../ui/components/ErrorNote'
import { ROLE_LABEL } from '../../ui/labels'
import { sendToBackground } from '../../lib/messaging'

/** The workspace's members; an executive may revoke anyone but itself. */
export function MemberList({ ws }: { ws: WorkspaceRow }) {
  const [busyId, setBusyId] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const revoke = async (memberId: string, name: string) => {
    if (!confirm(t('confirmRevoke', { name }))) return
    setBusyId(memberId)
    setError(null)
    const reply = await sendToBackground({ type: 'revoke-member', workspaceId: ws.id, memberId })
    setBusyId(null)
    if (!reply.ok) setError(reply.error)
  }
  const members = [...ws.members].sort((a, b) => Number(a.revoked) - Number(b.revoked) || a.displayName.localeCompare(b.displayName))
  return (
    <>
      <ul class="members">
        {members.map((m) => {
          const self = m.id === ws.memberId
          return (
            <li key={m.id} class={m.revoked ? 'revoked' : ''}>
              <span class="member-name">
                {m.displayName}
                {self && ` (${t('you')})`}
              </span>
              <span class="muted">
                {t(ROLE_LABEL[m.role])}
                {m.revoked && ` · ${t('revoked')}`}
              </span>
              {ws.role === 'executive' && !self && !m.revoked && (
                <button
                  type="button"
                  class="danger small"
                  disabled={busyId !== null}
                  aria-label={t('revokeNamed', { name: m.displayName })}
                  onClick={() => void revoke(m.id, m.displayName)}
                >
                  {busyId === m.id ? t('revoking') : t('revoke')}
                </button>
              )}
            </li>
          )
        })}
      </ul>
      <ErrorNote error={error} />
    </>
  )
}
