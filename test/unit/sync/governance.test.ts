import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { fakeBrowser } from 'wxt/testing/fake-browser'
import { PlaybookContentSchema } from '../../../shared/schema/content'
import type { ItemEvent, Playbook, PullResponse, PushRequest } from '../../../shared/schema/sync'
import { open, seal } from '../../../extension/crypto/seal'
import { setDatabase, type RelaisDatabase } from '../../../extension/db/database'
import { ActionError, setPlaybook } from '../../../extension/sync/outbox'
import { syncWorkspace } from '../../../extension/sync/engine'
import { loadKeyRing, type KeyRing } from '../../../extension/sync/keys'
import { toWire } from '../../../extension/sync/to-wire'
import type { SyncTransport } from '../../../extension/sync/transport'
import { seedWorkspace } from './seed-workspace'

let database: RelaisDatabase
let keys: KeyRing

beforeEach(async () => {
  fakeBrowser.reset()
  database = await seedWorkspace()
  keys = (await loadKeyRing('ws1'))!
})
afterEach(() => {
  database.close()
  setDatabase(null)
})

const page = (over: Partial<PullResponse>): PullResponse => ({
  cursor: 'e1.1',
  items: [],
  comments: [],
  members: [],
  lastMutationIds: {},
  reset: false,
  playbooks: [],
  events: [],
  ...over,
})
const event = (id: number, itemId: string, kind: ItemEvent['kind'], extra: Partial<ItemEvent> = {}): ItemEvent => ({
  id,
  itemId,
  actorId: 'boss',
  at: 1_700_000_000_000 + id,
  kind,
  ...extra,
})
const playbook = async (category: string, text: string | null, updatedAt = 1): Promise<Playbook> => ({
  category,
  sealed: text === null ? '' : await seal({ text }, keys.current),
  updatedBy: 'boss',
  updatedAt,
})

/** Serves the given pull pages in turn (the last one again after that) and records pushes. */
function serve(pages: PullResponse[], lastMutationId = 0): SyncTransport & { pushes: PushRequest[] } {
  let n = 0
  const pushes: PushRequest[] = []
  return {
    pushes,
    push: async (body) => {
      pushes.push(body)
      return { ok: true, value: { lastMutationId: body.mutations.at(-1)?.id ?? lastMutationId, rejected: [] } }
    },
    pull: async () => ({ ok: true, value: pages[Math.min(n++, pages.length - 1)]! }),
  }
}

describe('governance from a pull', () => {
  it('opens playbooks and stores item history from every page of a pull', async () => {
    const first = page({
      reset: true,
      more: true,
      cursor: 'e1.5',
      playbooks: [await playbook('Paie', '- Appeler **le cabinet**')],
      events: [event(1, 'a', 'created', { status: 'new' }), event(2, 'a', 'status', { status: 'done' })],
    })
    const second = page({
      cursor: 'e1.9',
      playbooks: [await playbook('Factures', 'Dans le dossier partagé')],
      events: [event(3, 'b', 'edited', { changes: ['priority', 'content'] })],
    })
    expect((await syncWorkspace('ws1', serve([first, second]))).state).toBe('synced')

    expect((await database.playbooks.get(['ws1', 'Paie']))?.text).toBe('- Appeler **le cabinet**')
    expect(await database.playbooks.get(['ws1', 'Factures'])).toMatchObject({
      text: 'Dans le dossier partagé',
      updatedBy: 'boss',
      pendingMutationId: null,
    })
    const events = await database.events.orderBy('[workspaceId+id]').toArray()
    expect(events.map((e) => [e.workspaceId, e.id, e.itemId, e.kind])).toEqual([
      ['ws1', 1, 'a', 'created'],
      ['ws1', 2, 'a', 'status'],
      ['ws1', 3, 'b', 'edited'],
    ])
    expect(await database.events.where('itemId').equals('a').count()).toBe(2)
  })

  it('drops removed playbooks, keeps one no key opens as unreadable, and rebuilds history on a reset', async () => {
    await syncWorkspace(
      'ws1',
      serve([page({ reset: true, playbooks: [await playbook('Paie', 'v1')], events: [event(1, 'a', 'created')] })]),
    )
    const foreign = {
      category: 'Juridique',
      sealed: await seal({ text: 'secret' }, { id: 'k9', key: keys.current.key }),
      updatedBy: 'boss',
      updatedAt: 2,
    }
    await syncWorkspace('ws1', serve([page({ playbooks: [await playbook('Paie', null), foreign] })]))
    expect(await database.playbooks.get(['ws1', 'Paie'])).toBeUndefined()
    expect((await database.playbooks.get(['ws1', 'Juridique']))?.text).toBeNull()

    // A reset is the whole state: history the server no longer sends goes.
    await syncWorkspace('ws1', serve([page({ reset: true, events: [event(7, 'c', 'created')] })]))
    expect((await database.events.toArray()).map((e) => e.id)).toEqual([7])
    expect(await database.playbooks.count()).toBe(0)
  })
})

describe('setPlaybook', () => {
  it('writes the playbook row and its outbox entry together, and seals the text on the way out', async () => {
    await setPlaybook('ws1', 'Paie', 'Appeler le cabinet avant le 25')
    expect(await database.playbooks.get(['ws1', 'Paie'])).toMatchObject({
      text: 'Appeler le cabinet avant le 25',
      updatedBy: 'me',
      pendingMutationId: 1,
    })
    const [entry] = await database.outbox.toArray()
    expect(entry).toMatchObject({
      workspaceId: 'ws1',
      mutationId: 1,
      mutation: { name: 'setPlaybook', args: { category: 'Paie', text: 'Appeler le cabinet avant le 25' } },
    })
    expect((await database.workspaces.get('ws1'))?.nextMutationId).toBe(2)

    const wire = await toWire(entry!, keys.current)
    expect(wire.name).toBe('setPlaybook')
    if (wire.name !== 'setPlaybook') return
    expect(wire.args.category).toBe('Paie')
    expect(wire.args.sealed).not.toContain('cabinet')
    expect(await open(wire.args.sealed!, keys.all, PlaybookContentSchema)).toEqual({ text: 'Appeler le cabinet avant le 25' })

    await setPlaybook('ws1', 'Paie', null)
    const removal = (await database.outbox.toArray())[1]!
    expect(await toWire(removal, keys.current)).toEqual({ id: 2, name: 'setPlaybook', args: { category: 'Paie', sealed: null } })
    expect((await database.playbooks.get(['ws1', 'Paie']))?.text).toBe('')
  })

  it('refuses an assistant, writing nothing', async () => {
    await database.workspaces.update('ws1', { role: 'assistant' })
    await expect(setPlaybook('ws1', 'Paie', 'x')).rejects.toBeInstanceOf(ActionError)
    expect(await database.playbooks.count()).toBe(0)
    expect(await database.outbox.count()).toBe(0)
  })

  it('keeps an unsent edit over an older pulled version, then takes the server’s once acknowledged', async () => {
    await setPlaybook('ws1', 'Paie', 'mine')
    const older = page({ playbooks: [await playbook('Paie', 'older')] })
    // Offline push: the pull still answers, with the edit unacknowledged.
    const stale: SyncTransport = {
      push: async () => ({ ok: false, kind: 'offline', message: 'down' }),
      pull: async () => ({ ok: true, value: older }),
    }
    await syncWorkspace('ws1', stale)
    expect((await database.playbooks.get(['ws1', 'Paie']))?.text).toBe('mine')

    const back = page({ lastMutationIds: { 'client-1': 1 }, playbooks: [await playbook('Paie', 'mine', 5)] })
    const transport = serve([back])
    await syncWorkspace('ws1', transport)
    expect(transport.pushes[0]?.mutations.map((m) => m.name)).toEqual(['setPlaybook'])
    expect(await database.playbooks.get(['ws1', 'Paie'])).toMatchObject({ text: 'mine', updatedAt: 5, pendingMutationId: null })
    expect(await database.outbox.count()).toBe(0)
  })

  it('drops a local edit the server acknowledged but refused (it never came back)', async () => {
    await setPlaybook('ws1', 'Paie', 'refused')
    await syncWorkspace('ws1', serve([page({ lastMutationIds: { 'client-1': 1 } })]))
    expect(await database.playbooks.get(['ws1', 'Paie'])).toBeUndefined()
    // Items were never touched by it.
    expect(await database.items.count()).toBe(0)
  })
})
