import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { fakeBrowser } from 'wxt/testing/fake-browser'
import { DEFAULT_SLA_POLICY } from '../../../shared/schema/sla'
import { wipeWorkspace } from '../../../extension/background/pairing'
import type { RelaisDatabase } from '../../../extension/db/database'
import {
  notifications,
  serverUrl,
  slaFetchedAt,
  slaNotices,
  slaPolicy,
  syncRetries,
  workspaceSettingKeys,
  DEFAULT_SERVER,
} from '../../../extension/db/settings'
import { closeDatabase, freshDatabase, member, workspace } from '../ui/helpers'

describe('the settings registry', () => {
  let d: RelaisDatabase

  beforeEach(async () => {
    fakeBrowser.reset()
    d = freshDatabase()
    for (const id of ['ws1', 'ws2']) {
      await d.workspaces.put(workspace(id, 'executive', 'me', [member('me', 'executive', 'Claire')]))
      await d.secrets.put({ workspaceId: id, token: `tok-${id}`, keys: [], currentKeyId: 'k1' })
    }
  })
  afterEach(async () => {
    await closeDatabase(d)
  })

  it('reads the default when a row is missing, and when a stored row does not parse', async () => {
    expect(await notifications.read()).toBe(true)
    expect(await serverUrl.read()).toBe(DEFAULT_SERVER)
    await d.settings.bulkPut([
      { key: 'notifications', value: 'no' },
      { key: 'sla:ws1', value: { clock: 'lunar' } },
      { key: 'retries:ws1', value: '3' },
      { key: 'sla-notices:ws1', value: { a: 'not a list' } },
    ])
    expect(await notifications.read()).toBe(true)
    expect(await slaPolicy('ws1').read()).toEqual(DEFAULT_SLA_POLICY)
    expect(await syncRetries('ws1').read()).toBe(0)
    expect(await slaNotices('ws1').read()).toEqual({})
    await notifications.write(false)
    await syncRetries('ws1').write(2)
    expect([await notifications.read(), await syncRetries('ws1').read()]).toEqual([false, 2])
  })

  it('lists every per-workspace setting, and leaving (or being revoked from) a workspace leaves none of its rows', async () => {
    expect(workspaceSettingKeys('ws1').sort()).toEqual(['retries:ws1', 'sla-fetched:ws1', 'sla-notices:ws1', 'sla:ws1'])
    for (const id of ['ws1', 'ws2']) {
      await slaPolicy(id).write({ ...DEFAULT_SLA_POLICY, timeZone: 'Europe/London' })
      await slaFetchedAt(id).write(1_000)
      await slaNotices(id).write({ item1: ['due_soon@5'] })
      await syncRetries(id).write(4)
    }
    await notifications.write(false)
    const before = await d.settings.toCollection().primaryKeys()
    expect(before.filter((k) => String(k).endsWith(':ws1')).sort()).toEqual(workspaceSettingKeys('ws1').sort())

    // The wipe both paths run: leaving (router) and a revoked round (scheduler).
    await wipeWorkspace('ws1')

    const after = (await d.settings.toCollection().primaryKeys()).map(String)
    expect(after.filter((k) => k.includes('ws1'))).toEqual([])
    expect(after.filter((k) => k.endsWith(':ws2')).sort()).toEqual(workspaceSettingKeys('ws2').sort())
    expect(await notifications.read()).toBe(false)
  })
})
