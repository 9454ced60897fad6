import { describe, expect, it } from 'vitest'
import { addComment, createItem, updateItem } from '../../../extension/sync/outbox'
import { call } from '../api'
import { checkInvariants } from './checks'
import type { Device } from './device'
import { inDevice } from './device-context'
import { World } from './world'

const content = (title: string) => ({ title, note: '', source: { kind: 'manual' as const } })
const meta = { priority: 'normal' as const, dueAt: null, assigneeId: null, category: null, confidential: false }

/** The randomized suite found these; each is pinned here as a plain scenario. */
async function world(): Promise<{ w: World; e1: Device; a1: Device }> {
  const w = new World({ seed: 1, steps: 0 })
  await w.setUp()
  w.network.faults = false
  const byTag = (tag: string) => w.devices.find((d) => d.tag === tag)!
  return { w, e1: byTag('e1'), a1: byTag('a1') }
}

/** Runs an action on a device and remembers its mutation, as the randomized runs do. */
async function record<T>(d: Device, name: string, action: () => Promise<T>, itemId?: string): Promise<T> {
  const result = await inDevice(d.scope, action)
  const ws = await d.database.workspaces.get(d.workspaceId)
  d.recorded.push({ mutationId: ws!.nextMutationId - 1, name, itemId: itemId ?? String(result) })
  return result
}

describe('changes the server refuses', () => {
  it('a comment refused because the item was reassigned meanwhile leaves no ghost on the device', async () => {
    const { w, e1, a1 } = await world()
    const id = await record(e1, 'create', () => createItem(w.workspaceId, content('Relancer'), meta))
    await w.startRound(e1)
    await w.startRound(a1)
    // The executive gives it to Lou; Sam, not yet aware, comments on it.
    await record(e1, 'reassign', () => updateItem(w.workspaceId, id, { meta: { assigneeId: w.assistants[1]!.id } }), id)
    await w.startRound(e1)
    await record(a1, 'comment', () => addComment(w.workspaceId, id, 'je prends'), id)
    await w.startRound(a1)
    expect(await a1.database.comments.count()).toBe(0)
    await w.settle()
    expect(await checkInvariants(w)).toEqual([])
    await w.tearDown()
  })

  it('a change refused without any change to the item (its new assignee was revoked) is undone', async () => {
    const { w, e1 } = await world()
    const id = await record(e1, 'create', () => createItem(w.workspaceId, content('Kbis'), meta))
    await w.startRound(e1)
    // Lou is revoked; this device has not pulled since, so it still offers Lou as an assignee.
    const lou = w.assistants[1]!
    expect((await call('DELETE', `/v1/members/${lou.id}`, { token: e1.token })).status).toBe(204)
    w.devices = w.devices.filter((d) => d.member.id !== lou.id)
    await record(e1, 'reassign', () => updateItem(w.workspaceId, id, { meta: { assigneeId: lou.id } }), id)
    // Refused too (invalid_assignee): recorded under another name, so no check expects it on the server.
    const ghost = await record(e1, 'refused create', () => createItem(w.workspaceId, content('Pour Lou'), { ...meta, assigneeId: lou.id }))
    await w.startRound(e1)
    await w.startRound(e1)
    expect((await e1.database.items.get(id))?.meta.assigneeId).toBeNull()
    expect(await e1.database.items.get(ghost)).toBeUndefined()
    await w.settle()
    expect(await checkInvariants(w)).toEqual([])
    await w.tearDown()
  })
})
