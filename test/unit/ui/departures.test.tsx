// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { fakeBrowser } from 'wxt/testing/fake-browser'
import { wipeWorkspace } from '../../../extension/background/pairing'
import { awaitRemoval, noteRemoval, takeRemoval } from '../../../extension/background/removal-notes'
import type { RelaisDatabase } from '../../../extension/db/database'
import { DEPARTURES_KEY } from '../../../extension/db/departures'
import { CapturePage } from '../../../extension/entrypoints/popup/CapturePage'
import { byText, closeDatabase, freshDatabase, item, member, mount, waitFor, workspace } from './helpers'

describe('a workspace leaving this browser, said in words', () => {
  let d: RelaisDatabase
  let view: ReturnType<typeof mount> | null = null
  beforeEach(async () => {
    fakeBrowser.reset()
    d = freshDatabase()
    const members = [member('claire', 'executive', 'Claire Martin'), member('sam', 'assistant', 'Sam Leroy')]
    await d.workspaces.put(workspace('ws1', 'assistant', 'sam', members, 'Acme SAS'))
    await d.items.put(item('i1', 'ws1', 'claire', { title: 'Payer la TVA' }))
  })
  afterEach(async () => {
    view?.unmount()
    view = null
    await closeDatabase(d)
  })

  it('names the workspace, the remover and the date, and keeps no item content', async () => {
    const at = Date.UTC(2026, 11, 4, 15, 30)
    noteRemoval('ws1', JSON.stringify({ by: 'claire', at }))
    const removal = takeRemoval('ws1')
    await wipeWorkspace('ws1', { reason: 'revoked', byId: removal!.by, at: removal!.at })
    expect(await d.items.count()).toBe(0)
    expect(await d.workspaces.count()).toBe(0)
    const stored = (await d.settings.get(DEPARTURES_KEY))?.value
    expect(stored).toEqual([{ workspaceId: 'ws1', workspaceName: 'Acme SAS', reason: 'revoked', by: 'Claire Martin', at }])
    expect(JSON.stringify(await d.settings.toArray())).not.toContain('Payer la TVA')

    view = mount(<CapturePage search="" close={() => {}} />)
    const notice = await waitFor(
      () =>
        view!.root.querySelector('.departure') ??
        (() => {
          throw new Error('no notice')
        })(),
    )
    expect(notice.textContent).toMatch(/^Your access to Acme SAS was removed by Claire Martin on .*2026/)
    expect(notice.textContent).toContain('ask an executive of Acme SAS for a new pairing code')
    byText<HTMLButtonElement>(notice as HTMLElement, 'button', 'Dismiss').click()
    await waitFor(() => expect(view!.root.querySelector('.departure')).toBeNull())
    expect(view.root.textContent).toContain('not paired')
  })

  it('says when nobody told this browser who removed it, and ignores a malformed close reason', async () => {
    noteRemoval('ws1', '{"by":"<b>x</b>","at":1}')
    noteRemoval('ws1', 'revoked')
    expect(takeRemoval('ws1')).toBeNull()
    await wipeWorkspace('ws1', { reason: 'revoked', byId: null, at: Date.now() })
    view = mount(<CapturePage search="" close={() => {}} />)
    await waitFor(() =>
      expect(view!.root.querySelector('.departure')?.textContent).toContain(
        'Your access to Acme SAS was removed. This browser learned it on',
      ),
    )
  })

  it('waits briefly for a close reason that arrives just after the 401', async () => {
    const waiting = awaitRemoval('ws1', 5_000)
    noteRemoval('ws1', JSON.stringify({ by: 'claire', at: 5 }))
    expect(await waiting).toEqual({ by: 'claire', at: 5 })
    expect(await awaitRemoval('ws1', 1)).toBeNull()
  })

  it('says “You left” for a member who left by choice', async () => {
    await wipeWorkspace('ws1', { reason: 'left', byId: null, at: Date.now() })
    view = mount(<CapturePage search="" close={() => {}} />)
    await waitFor(() => expect(view!.root.querySelector('.departure')?.textContent).toMatch(/^You left Acme SAS on /))
  })
})
