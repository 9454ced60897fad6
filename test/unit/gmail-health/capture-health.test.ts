// @vitest-environment happy-dom
// Capture health: what the content script reports carries no message content, the background
// keeps the newest 50 on the device, and the options card copies them.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeBrowser } from 'wxt/testing/fake-browser'
import { handleMessage } from '../../../extension/background/router'
import { CAPTURE_HEALTH_LIMIT, diagnosticsText, listCaptureHealth, recordCaptureHealth } from '../../../extension/db/capture-health'
import { RelaisDatabase, setDatabase } from '../../../extension/db/database'
import { layoutSignals } from '../../../extension/gmail/layout-signals'
import { loadFixture } from '../gmail/load-fixture'

const hooks = { syncSoon: () => {}, workspacesChanged: () => {} }
let d: RelaisDatabase

beforeEach(() => {
  fakeBrowser.reset()
  // The fake browser has no manifest; the background reads the version from it.
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Relais', version: '9.9.9' })
  d = new RelaisDatabase(`health-${Math.random().toString(36).slice(2)}`)
  setDatabase(d)
})
afterEach(async () => {
  vi.restoreAllMocks()
  setDatabase(null)
  d.close()
  await d.delete()
})

describe('layout signals', () => {
  it('name selectors and counts, never the page’s words, addresses or ids', () => {
    const doc = loadFixture('thread-many-fr.html')
    const signals = layoutSignals(doc, 'https://mail.google.com/mail/u/1/#label/Clients+VIP/FMfcgzQfCDRrrckfttWTsVSpnZNgjQzp')
    expect(signals).toContain('view:label')
    expect(signals).toContain('lang:fr')
    expect(signals).toContain('threads:1')
    expect(signals).toContain('subject:h2[data-legacy-thread-id]')
    const all = signals.join(' ')
    for (const secret of ['Réunion', 'budget', '@', '19cadd1b4075a3c1', 'Clients', 'FMfcgz']) expect(all).not.toContain(secret)
  })
})

describe('the background’s log', () => {
  const sender = () => ({ id: fakeBrowser.runtime.id, url: 'https://mail.google.com/mail/u/0/', tab: { id: 3 } })

  it('takes a report from the Gmail content script and stamps the extension version', async () => {
    const doc = loadFixture('thread-many-fr.html')
    const report = { fields: ['body'], signals: layoutSignals(doc, 'https://mail.google.com/mail/u/1/#inbox') }
    const reply = await handleMessage({ type: 'capture-health', report }, sender(), hooks)
    expect(reply).toEqual({ ok: true })
    const [row] = await listCaptureHealth()
    expect(row?.fields).toEqual(['body'])
    expect(row?.signals).toEqual(report.signals)
    expect(row?.version).toBe('9.9.9')
  })

  it('refuses a report that carries free text (an address, a subject with punctuation)', async () => {
    for (const signals of [['subject:alice@example.com'], ['subject:"Facture 12/2025"'], ['no colon']]) {
      const reply = await handleMessage({ type: 'capture-health', report: { fields: ['subject'], signals } }, sender(), hooks)
      expect(reply).toEqual({ ok: false, error: 'malformed message' })
    }
    expect(await listCaptureHealth()).toEqual([])
  })

  it('keeps only the newest 50, newest first', async () => {
    for (let i = 0; i < CAPTURE_HEALTH_LIMIT + 5; i++)
      await recordCaptureHealth({ fields: ['date'], signals: [`threads:${i}`] }, '1.0.0', 1000 + i)
    const rows = await listCaptureHealth()
    expect(rows).toHaveLength(CAPTURE_HEALTH_LIMIT)
    expect(rows[0]?.signals).toEqual([`threads:${CAPTURE_HEALTH_LIMIT + 4}`])
    expect(rows.at(-1)?.signals).toEqual(['threads:5'])
  })

  it('writes one line per capture for the clipboard', async () => {
    await recordCaptureHealth({ fields: ['subject', 'body'], signals: ['lang:fr', 'body:none'] }, '1.2.3', Date.UTC(2026, 0, 2))
    expect(diagnosticsText(await listCaptureHealth(), 'TestAgent')).toBe(
      'Relais Gmail capture diagnostics (1)\nagent: TestAgent\n2026-01-02T00:00:00.000Z v1.2.3 unread=subject,body lang:fr body:none',
    )
  })
})
