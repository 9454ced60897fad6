import { useId, useState } from 'preact/hooks'
import { LIMITS } from '../../../shared/limits'
import { parsePairingCode } from '../../crypto/pairing-code'
import { t } from '../../lib/i18n'
import { ErrorNote } from '../../ui/components/ErrorNote'
import { Spinner } from '../../ui/components/Spinner'
import { sendToBackground } from '../../lib/messaging'
import { OpenQueueButtons } from '../../ui/components/OpenQueueButtons'
import { askForServer, type FormBusy } from './server-permission'

/**
 * An assistant (or a second executive) joins with the code the executive handed over; then the
 * queue is one click away (a tab, or the side panel).
 */
export function JoinWorkspaceForm() {
  const ids = { h: useId(), code: useId(), me: useId() }
  const [code, setCode] = useState('')
  const [displayName, setDisplayName] = useState('')
  const [busy, setBusy] = useState<FormBusy>(false)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState(false)

  const submit = async (e: Event) => {
    e.preventDefault()
    if (busy) return
    setError(null)
    setDone(false)
    const pairing = parsePairingCode(code)
    if (!pairing) return setError(t('badPairingCode'))
    if (!(await askForServer(pairing.server, setBusy, setError))) return
    setBusy('working')
    const reply = await sendToBackground({ type: 'join-workspace', pairingCode: code.replace(/\s+/g, ''), displayName: displayName.trim() })
    setBusy(false)
    if (!reply.ok) return setError(reply.error)
    setDone(true)
    setCode('')
  }

  return (
    <form class="card" aria-labelledby={ids.h} aria-busy={busy !== false} onSubmit={(e) => void submit(e)}>
      <h2 id={ids.h}>{t('joinHeading')}</h2>
      <p class="hint">{t('joinHint')}</p>
      <div class="field">
        <label for={ids.code}>{t('pairingCode')}</label>
        <textarea
          id={ids.code}
          rows={3}
          required
          spellcheck={false}
          autoComplete="off"
          class="mono"
          value={code}
          onInput={(e) => setCode(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for={ids.me}>{t('yourName')}</label>
        <input
          id={ids.me}
          type="text"
          required
          maxLength={LIMITS.nameChars}
          autoComplete="name"
          value={displayName}
          onInput={(e) => setDisplayName(e.currentTarget.value)}
        />
      </div>
      <ErrorNote error={error} />
      {done && (
        <p class="success-note" role="status">
          {t('joined')}
        </p>
      )}
      {done && <OpenQueueButtons />}
      <button type="submit" class="primary" disabled={busy !== false || !code.trim() || !displayName.trim()}>
        {busy ? (
          <>
            <Spinner /> {t(busy === 'permission' ? 'waitingForPermission' : 'joining')}
          </>
        ) : (
          t('join')
        )}
      </button>
    </form>
  )
}
