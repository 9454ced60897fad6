import { useEffect, useRef, useState } from 'preact/hooks'
import { db } from '../../db/database'
import { t } from '../../lib/i18n'
import { OpenQueueButtons } from '../../ui/components/OpenQueueButtons'
import { useLiveQuery } from '../../ui/hooks/use-live-query'
import { openOptions } from '../../ui/open-page'
import { CreateWorkspaceForm } from '../options/CreateWorkspaceForm'
import { InvitePanel } from '../options/InvitePanel'
import { JoinWorkspaceForm } from '../options/JoinWorkspaceForm'
import { useServerUrl } from '../options/settings'

type Step = 'choose' | 'create' | 'join' | 'invite'

/**
 * The first page after installing: the two ways in (an executive creates a workspace, an
 * assistant joins with a code), each leading straight to its next step (inviting the
 * assistant; opening the queue, which the join form offers once joined).
 */
export function WelcomePage() {
  const workspaces = useLiveQuery(() => db().workspaces.toArray(), [])
  const [serverUrl, changeServer] = useServerUrl()
  const [step, setStep] = useState<Step>('choose')
  const [created, setCreated] = useState<string | null>(null)
  const stepRef = useRef<HTMLDivElement | null>(null)
  // Each step takes the focus to its first field, so the keyboard goes on from where it was.
  useEffect(() => {
    if (step === 'choose') return
    const target = stepRef.current?.querySelector<HTMLElement>('input, textarea, button.primary')
    target?.focus()
  }, [step])

  const paired = (workspaces ?? []).length > 0
  return (
    <main class="page welcome">
      <header class="page-header">
        <h1>{t('welcomeTitle')}</h1>
        <nav class="header-links" aria-label={t('navLabel')}>
          <button type="button" class="link-button" onClick={() => void openOptions()}>
            {t('openSettings')}
          </button>
        </nav>
      </header>
      {step === 'choose' ? (
        <>
          <p>{t('welcomeIntro')}</p>
          {paired && <p class="success-note">{t('welcomePaired')}</p>}
          <section aria-labelledby="welcome-choices">
            <h2 id="welcome-choices" class="sr-only">
              {t('welcomeChoices')}
            </h2>
            <div class="two-columns welcome-choices">
              <div class="card">
                <button type="button" class="primary big" aria-describedby="welcome-exec-hint" onClick={() => setStep('create')}>
                  {t('welcomeExecutive')}
                </button>
                <p class="hint" id="welcome-exec-hint">
                  {t('welcomeExecutiveHint')}
                </p>
              </div>
              <div class="card">
                <button type="button" class="primary big" aria-describedby="welcome-asst-hint" onClick={() => setStep('join')}>
                  {t('welcomeAssistant')}
                </button>
                <p class="hint" id="welcome-asst-hint">
                  {t('welcomeAssistantHint')}
                </p>
              </div>
            </div>
          </section>
          {paired && <OpenQueueButtons />}
        </>
      ) : (
        <div ref={stepRef}>
          {step === 'create' && (
            <CreateWorkspaceForm
              serverUrl={serverUrl}
              onServerUrl={changeServer}
              onCreated={(id) => {
                setCreated(id)
                setStep('invite')
              }}
            />
          )}
          {step === 'join' && <JoinWorkspaceForm />}
          {step === 'invite' && created && (
            <section class="card" aria-labelledby="welcome-invite-h">
              <h2 id="welcome-invite-h">{t('welcomeInviteHeading')}</h2>
              <p class="hint">{t('welcomeInviteHint')}</p>
              <InvitePanel workspaceId={created} primary />
              <p class="hint">{t('welcomeCaptureHint')}</p>
            </section>
          )}
          {(step === 'create' || step === 'join') && (
            <button type="button" class="link-button" onClick={() => setStep('choose')}>
              {t('welcomeBack')}
            </button>
          )}
        </div>
      )}
    </main>
  )
}
