import { useEffect, useRef, useState } from 'preact/hooks'
import { db } from '../../db/database'
import { t } from '../../lib/i18n'
import { DepartureNotices } from '../../ui/components/DepartureNotices'
import { SyncStatusBar } from '../../ui/components/SyncStatusBar'
import { useLiveQuery } from '../../ui/hooks/use-live-query'
import { openOptions, openQueueTab, openSidePanel } from '../../ui/open-page'
import { captureWorkspaces } from './capture-defaults'
import { CaptureForm } from './CaptureForm'
import { GlossarySiteSwitch } from './GlossarySiteSwitch'
import { readPrefill, type Prefill } from './prefill'

type Props = { search?: string; close?: () => void }

/** The popup (and the capture window the context menu and Gmail open with `?draft=`). */
export function CapturePage({ search = location.search, close = () => window.close() }: Props) {
  const workspaces = useLiveQuery(() => db().workspaces.toArray(), [])
  const [prefill, setPrefill] = useState<Prefill | null>(null)

  useEffect(() => {
    void readPrefill(search).then(setPrefill, () =>
      setPrefill({ content: { title: '', note: '', source: { kind: 'manual' } }, draftId: null }),
    )
  }, [search])

  // The latest `close`, without re-binding the key listener on every render.
  const closeRef = useRef(close)
  closeRef.current = close
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') closeRef.current()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [])

  const capturable = workspaces ? captureWorkspaces(workspaces) : []
  return (
    <main class="page popup">
      <header class="page-header">
        <h1>{t('captureHeading')}</h1>
        <nav class="header-links" aria-label={t('navLabel')}>
          <button type="button" class="link-button" onClick={() => void openQueueTab()}>
            {t('openQueue')}
          </button>
          <button type="button" class="link-button" onClick={() => void openSidePanel().then((ok) => (ok ? undefined : openQueueTab()))}>
            {t('openSidePanel')}
          </button>
          <button type="button" class="link-button" onClick={() => void openOptions()}>
            {t('openSettings')}
          </button>
        </nav>
      </header>
      {/* The toolbar popup only: a capture window (?draft=) is not about the tab behind it. */}
      {search.includes('draft=') ? null : <GlossarySiteSwitch />}
      {workspaces === undefined || prefill === null ? (
        <>
          <p class="muted" role="status">
            {t('loading')}
          </p>
          <SyncStatusBar compact />
        </>
      ) : workspaces.length === 0 ? (
        <div class="empty">
          <DepartureNotices />
          <p>{t('notPaired')}</p>
          <button type="button" class="primary" onClick={() => void openOptions()}>
            {t('pairThisDevice')}
          </button>
        </div>
      ) : capturable.length === 0 ? (
        <>
          <div class="empty">
            <p>{t('assistantCannotCapture')}</p>
            <button type="button" class="primary" onClick={() => void openQueueTab()}>
              {t('openQueue')}
            </button>
          </div>
          <SyncStatusBar compact />
        </>
      ) : (
        <CaptureForm workspaces={capturable} prefill={prefill} onSaved={close} status={<SyncStatusBar compact />} />
      )}
    </main>
  )
}
