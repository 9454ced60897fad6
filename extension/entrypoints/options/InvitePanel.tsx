import { useId, useRef, useState } from 'preact/hooks'
import type { Role } from '../../../shared/schema/workspace'
import { t } from '../../lib/i18n'
import { ErrorNote } from '../../ui/components/ErrorNote'
import { Spinner } from '../../ui/components/Spinner'
import { formatDateTime } from '../../ui/format/time'
import { sendToBackground } from '../../lib/messaging'
import { copyText } from './copy-text'

/**
 * Makes one pairing code: the server's invite plus the workspace key. It is shown once, to be
 * handed over person to person; the key part never goes through the server. `primary` while
 * nobody else is in the workspace: inviting is then the obvious next step.
 */
export function InvitePanel({ workspaceId, primary = false }: { workspaceId: string; primary?: boolean }) {
  const ids = { role: useId(), code: useId() }
  const [role, setRole] = useState<Role>('assistant')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [invite, setInvite] = useState<{ code: string; expiresAt: number | undefined } | null>(null)
  const [copied, setCopied] = useState(false)
  const field = useRef<HTMLTextAreaElement | null>(null)

  const create = async () => {
    setBusy(true)
    setError(null)
    setCopied(false)
    const reply = await sendToBackground({ type: 'create-invite', workspaceId, role })
    setBusy(false)
    if (!reply.ok) return setError(reply.error)
    setInvite({ code: reply.pairingCode, expiresAt: reply.expiresAt })
  }

  return (
    <div class="invite">
      <div class="invite-row">
        <div class="field inline">
          <label for={ids.role}>{t('inviteRole')}</label>
          <select id={ids.role} value={role} onChange={(e) => setRole(e.currentTarget.value as Role)}>
            <option value="assistant">{t('roleAssistant')}</option>
            <option value="executive">{t('roleExecutive')}</option>
          </select>
        </div>
        <button type="button" class={primary ? 'primary' : undefined} disabled={busy} onClick={() => void create()}>
          {busy ? (
            <>
              <Spinner /> {t('inviting')}
            </>
          ) : role === 'assistant' ? (
            t('inviteAssistant')
          ) : (
            t('inviteExecutive')
          )}
        </button>
      </div>
      <ErrorNote error={error} />
      {invite && (
        <div class="pairing">
          <label for={ids.code}>{t('pairingCodeToShare')}</label>
          <textarea
            id={ids.code}
            ref={field}
            class="mono"
            readOnly
            rows={4}
            value={invite.code}
            onFocus={(e) => e.currentTarget.select()}
          />
          <div class="pairing-actions">
            <button type="button" onClick={() => void copyText(invite.code, field.current).then(setCopied)}>
              {t('copy')}
            </button>
            <span role="status" class="muted">
              {copied ? t('copied') : ''}
            </span>
          </div>
          {invite.expiresAt !== undefined && <p class="hint">{t('inviteExpires', { when: formatDateTime(invite.expiresAt) })}</p>}
          <p class="hint">{t('inviteSecretHint')}</p>
        </div>
      )}
    </div>
  )
}
