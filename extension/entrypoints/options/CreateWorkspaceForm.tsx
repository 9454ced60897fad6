import { useId, useState } from 'preact/hooks'
import { LIMITS } from '../../../shared/limits'
import { t } from '../../lib/i18n'
import { ErrorNote } from '../../ui/components/ErrorNote'
import { Spinner } from '../../ui/components/Spinner'
import { sendToBackground } from '../../lib/messaging'
import { askForServer, type FormBusy } from './server-permission'
import { DEFAULT_SERVER } from '../../db/settings'

/** `onCreated` takes over after success (the welcome page shows the next step: inviting). */
type Props = { serverUrl: string; onServerUrl: (url: string) => void; onCreated?: (workspaceId: string) => void }

/** An executive starts a workspace; its key is made on this device and never leaves it. */
export function CreateWorkspaceForm({ serverUrl: typedServer, onServerUrl, onCreated }: Props) {
  const ids = { h: useId(), name: useId(), me: useId(), server: useId() }
  const serverUrl = typedServer.trim() || DEFAULT_SERVER
  const [name, setName] = useState('')
  const [displayName, setDisplayName] = useState('')
  const [busy, setBusy] = useState<FormBusy>(false)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)

  const submit = async (e: Event) => {
    e.preventDefault()
    if (busy) return
    setError(null)
    setDone(null)
    if (!(await askForServer(serverUrl, setBusy, setError))) return
    setBusy('working')
    const reply = await sendToBackground({ type: 'create-workspace', serverUrl, name: name.trim(), displayName: displayName.trim() })
    setBusy(false)
    if (!reply.ok) return setError(reply.error)
    setDone(t('workspaceCreated', { name: name.trim() }))
    setName('')
    if (reply.workspaceId) onCreated?.(reply.workspaceId)
  }

  return (
    <form class="card" aria-labelledby={ids.h} aria-busy={busy !== false} onSubmit={(e) => void submit(e)}>
      <h2 id={ids.h}>{t('createHeading')}</h2>
      <p class="hint">{t('createHint')}</p>
      <div class="field">
        <label for={ids.name}>{t('workspaceName')}</label>
        <input
          id={ids.name}
          type="text"
          required
          maxLength={LIMITS.nameChars}
          value={name}
          onInput={(e) => setName(e.currentTarget.value)}
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
      <div class="field">
        <label for={ids.server}>{t('serverUrl')}</label>
        <input
          id={ids.server}
          type="url"
          inputMode="url"
          spellcheck={false}
          placeholder={DEFAULT_SERVER}
          value={typedServer}
          onInput={(e) => onServerUrl(e.currentTarget.value)}
        />
        <p class="hint">{t('serverHint')}</p>
      </div>
      <ErrorNote error={error} />
      {done && (
        <p class="success-note" role="status">
          {done}
        </p>
      )}
      <button type="submit" class="primary" disabled={busy !== false || !name.trim() || !displayName.trim()}>
        {busy ? (
          <>
            <Spinner /> {t(busy === 'permission' ? 'waitingForPermission' : 'creating')}
          </>
        ) : (
          t('createWorkspace')
        )}
      </button>
    </form>
  )
}
