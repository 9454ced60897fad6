import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { browser } from 'wxt/browser'
import { fakeBrowser } from 'wxt/testing/fake-browser'
import { DEFAULT_SLA_POLICY, type SlaPolicy } from '../../../shared/schema/sla'
import { handleMessage } from '../../../extension/background/router'
import { refreshSlaPolicy, SLA_REFRESH_MS } from '../../../extension/background/sla-policy'
import { readSlaPolicy } from '../../../extension/db/sla-policy'
import type { RelaisDatabase } from '../../../extension/db/database'
import { closeDatabase, freshDatabase, member, workspace } from '../ui/helpers'

const SERVER_POLICY: SlaPolicy = { ...DEFAULT_SLA_POLICY, clock: 'business', timeZone: 'Europe/London' }

describe('SLA policy on the device', () => {
  let d: RelaisDatabase
  let requests: { method: string; url: string; body: string | null; auth: string | null }[]
  let reply: () => Response

  beforeEach(async () => {
    fakeBrowser.reset()
    d = freshDatabase()
    await d.workspaces.put(workspace('ws1', 'executive', 'me', [member('me', 'executive', 'Claire')]))
    await d.secrets.put({ workspaceId: 'ws1', token: 'tok', keys: [], currentKeyId: 'k1' })
    requests = []
    reply = () => Response.json(SERVER_POLICY)
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
        const request = new Request(input, init)
        requests.push({
          method: request.method,
          url: request.url,
          body: request.method === 'PUT' ? await request.text() : null,
          auth: request.headers.get('authorization'),
        })
        return reply()
      }),
    )
  })
  afterEach(async () => {
    vi.unstubAllGlobals()
    await closeDatabase(d)
  })

  it('fetches the policy after a round at most every few minutes, and keeps the default until then', async () => {
    expect(await readSlaPolicy('ws1')).toEqual(DEFAULT_SLA_POLICY)
    const t = Date.now()
    await refreshSlaPolicy('ws1', t)
    expect(requests).toEqual([{ method: 'GET', url: 'http://127.0.0.1:8787/v1/sla-policy', body: null, auth: 'Bearer tok' }])
    expect(await readSlaPolicy('ws1')).toEqual(SERVER_POLICY)
    await refreshSlaPolicy('ws1', t + SLA_REFRESH_MS - 1)
    expect(requests).toHaveLength(1)
    // A malformed answer is not stored over a good policy.
    reply = () => Response.json({ clock: 'lunar' })
    await refreshSlaPolicy('ws1', t + SLA_REFRESH_MS)
    expect(requests).toHaveLength(2)
    expect(await readSlaPolicy('ws1')).toEqual(SERVER_POLICY)
  })

  it('puts an executive’s policy from an extension page and stores what the server kept', async () => {
    const sender = { id: browser.runtime.id, url: browser.runtime.getURL('/options.html') }
    const hooks = { syncSoon: () => {}, workspacesChanged: () => {} }
    const wanted = { ...SERVER_POLICY, workdays: [1, 2, 3, 4] }
    reply = () => Response.json(wanted)
    expect(await handleMessage({ type: 'put-sla-policy', workspaceId: 'ws1', policy: wanted }, sender, hooks)).toEqual({ ok: true })
    expect(requests[0]).toMatchObject({ method: 'PUT', url: 'http://127.0.0.1:8787/v1/sla-policy' })
    expect(JSON.parse(requests[0]!.body!)).toEqual(wanted)
    expect(await readSlaPolicy('ws1')).toEqual(wanted)

    reply = () => Response.json({ error: { code: 'forbidden', message: 'Only an executive may do this.' } }, { status: 403 })
    expect(await handleMessage({ type: 'put-sla-policy', workspaceId: 'ws1', policy: DEFAULT_SLA_POLICY }, sender, hooks)).toEqual({
      ok: false,
      error: 'Only an executive may do this.',
    })
    // Malformed policies never reach the network; web pages may not send it at all.
    expect(
      await handleMessage(
        { type: 'put-sla-policy', workspaceId: 'ws1', policy: { ...DEFAULT_SLA_POLICY, workStartMinute: 900, workEndMinute: 60 } },
        sender,
        hooks,
      ),
    ).toEqual({ ok: false, error: 'malformed message' })
    expect(
      await handleMessage(
        { type: 'put-sla-policy', workspaceId: 'ws1', policy: DEFAULT_SLA_POLICY },
        { id: browser.runtime.id, url: 'https://evil.example/', tab: { id: 1 } },
        hooks,
      ),
    ).toEqual({ ok: false, error: 'not allowed from a web page' })
    expect(requests).toHaveLength(2)
  })
})
