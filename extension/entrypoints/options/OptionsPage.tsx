import { db } from '../../db/database'
import { t } from '../../lib/i18n'
import { DepartureNotices } from '../../ui/components/DepartureNotices'
import { SyncStatusBar } from '../../ui/components/SyncStatusBar'
import { useLiveQuery } from '../../ui/hooks/use-live-query'
import { CreateWorkspaceForm } from './CreateWorkspaceForm'
import { GlossaryReadingCard } from './GlossaryReadingCard'
import { CaptureHealthCard } from './CaptureHealthCard'
import { IntegrationsCard } from './IntegrationsCard'
import { JoinWorkspaceForm } from './JoinWorkspaceForm'
import { NotificationSetting } from './NotificationSetting'
import { PlaybooksCard } from './PlaybooksCard'
import { useServerUrl } from './settings'
import { SlaPolicyCard } from './SlaPolicyCard'
import { WorkspaceCard } from './WorkspaceCard'

/**
 * Pairing and settings: the server, creating or joining workspaces, members and invites; for
 * executives, each workspace's SLA policy and playbooks; Gmail and the glossary.
 */
export function OptionsPage() {
  const workspaces = useLiveQuery(() => db().workspaces.toArray(), [])
  const [serverUrl, changeServer] = useServerUrl()
  const sorted = [...(workspaces ?? [])].sort((a, b) => a.joinedAt - b.joinedAt)
  const governed = sorted.filter((ws) => ws.role === 'executive')
  return (
    <main class="page options">
      <header class="page-header">
        <h1>{t('optionsHeading')}</h1>
      </header>
      <SyncStatusBar />
      <section aria-labelledby="workspaces-h">
        <h2 id="workspaces-h">{t('workspacesHeading')}</h2>
        <DepartureNotices />
        {workspaces === undefined ? (
          <p class="muted" role="status">
            {t('loading')}
          </p>
        ) : sorted.length === 0 ? (
          <p class="muted">{t('noWorkspaces')}</p>
        ) : (
          sorted.map((ws) => <WorkspaceCard key={ws.id} ws={ws} />)
        )}
      </section>
      <div class="two-columns">
        <CreateWorkspaceForm serverUrl={serverUrl} onServerUrl={changeServer} />
        <JoinWorkspaceForm />
      </div>
      {governed.map((ws) => (
        <section key={ws.id} class="governance" aria-label={t('governanceOf', { name: ws.name })}>
          <SlaPolicyCard ws={ws} titled={governed.length > 1} />
          <PlaybooksCard ws={ws} titled={governed.length > 1} />
        </section>
      ))}
      <IntegrationsCard />
      <GlossaryReadingCard />
      <CaptureHealthCard />
      <NotificationSetting />
    </main>
  )
}
