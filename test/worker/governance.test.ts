import { env, runDurableObjectAlarm, runInDurableObject } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { meta as fullMeta, pull, push, sealed, team, uid } from './helpers'

/** Meta as a client may send it: recurrence fields left out take their defaults on the server. */
const meta = (over: Record<string, unknown> = {}) => ({ ...fullMeta(), ...over })

const DAY = 86_400_000

describe('item history (audit)', () => {
  it('records who did what and when, without content, and sends it with the item', async () => {
    const { exec, assistant } = await team()
    const id = uid('h')
    await push(exec.token, 'e1', [
      { id: 1, name: 'createItem', args: { item: { id, sealed: sealed('Facture EDF'), meta: meta() } } },
      { id: 2, name: 'updateItem', args: { id, sealed: sealed('Facture EDF (relance)'), meta: { priority: 'high' } } },
    ])
    await push(assistant.token, 'a1', [
      { id: 1, name: 'setStatus', args: { id, status: 'acknowledged' } },
      { id: 2, name: 'addComment', args: { itemId: id, comment: { id: uid('c'), sealed: sealed('ok') } } },
    ])
    const r = await pull(exec.token)
    const events = r.json.events.filter((e: { itemId: string }) => e.itemId === id)
    expect(events.map((e: { kind: string }) => e.kind)).toEqual(['created', 'edited', 'status', 'commented'])
    expect(events[0].actorId).toBe(exec.member.id)
    expect(events[1].changes).toEqual(['content', 'priority'])
    expect(events[2]).toMatchObject({ actorId: assistant.member.id, status: 'acknowledged', changes: ['assigneeId'] })
    expect(JSON.stringify(events)).not.toContain(sealed('Facture EDF'))
    // Incremental pulls carry only new history.
    await push(assistant.token, 'a1', [{ id: 3, name: 'setStatus', args: { id, status: 'done' } }])
    const next = await pull(exec.token, r.json.cursor)
    expect(next.json.events.map((e: { kind: string; status?: string }) => [e.kind, e.status])).toEqual([['status', 'done']])
  })

  it("keeps a confidential item's history from members who cannot see it", async () => {
    const { exec, assistant } = await team()
    const id = uid('hc')
    await push(exec.token, 'e1', [
      { id: 1, name: 'createItem', args: { item: { id, sealed: sealed('x'), meta: meta({ confidential: true }) } } },
    ])
    const r = await pull(assistant.token)
    expect(r.json.events.some((e: { itemId: string }) => e.itemId === id)).toBe(false)
  })
})

describe('playbooks', () => {
  it("lets the executive write a category's standing instructions, sealed, and everyone receive them", async () => {
    const { exec, assistant } = await team()
    const r1 = await push(exec.token, 'e1', [
      { id: 1, name: 'setPlaybook', args: { category: 'finance', sealed: sealed('Factures: compta@acme.fr') } },
    ])
    expect(r1.json.rejected).toEqual([])
    const seen = await pull(assistant.token)
    expect(seen.json.playbooks).toEqual([
      expect.objectContaining({ category: 'finance', sealed: sealed('Factures: compta@acme.fr'), updatedBy: exec.member.id }),
    ])
    const refused = await push(assistant.token, 'a1', [
      { id: 1, name: 'setPlaybook', args: { category: 'finance', sealed: sealed('nope') } },
    ])
    expect(refused.json.rejected).toEqual([{ id: 1, code: 'forbidden' }])
    await push(exec.token, 'e1', [{ id: 2, name: 'setPlaybook', args: { category: 'finance', sealed: null } }])
    const after = await pull(assistant.token, seen.json.cursor)
    expect(after.json.playbooks).toEqual([expect.objectContaining({ category: 'finance', sealed: '' })])
    expect((await pull(assistant.token)).json.playbooks).toEqual([])
  })
})

describe('recurring items', () => {
  it('brings the next occurrence when one is done, once, with the next due date', async () => {
    const { exec, assistant } = await team()
    const id = uid('pay')
    const due = Date.parse('2026-12-31T17:00:00Z')
    await push(exec.token, 'e1', [
      {
        id: 1,
        name: 'createItem',
        args: {
          item: {
            id,
            sealed: sealed('Paie de décembre'),
            meta: meta({ dueAt: due, assigneeId: assistant.member.id, recurrence: { freq: 'monthly' } }),
          },
        },
      },
    ])
    await push(assistant.token, 'a1', [
      { id: 1, name: 'setStatus', args: { id, status: 'in_progress' } },
      { id: 2, name: 'setStatus', args: { id, status: 'done' } },
    ])
    // Reopened and done again: still one next occurrence.
    await push(exec.token, 'e1', [
      { id: 2, name: 'setStatus', args: { id, status: 'in_progress' } },
      { id: 3, name: 'setStatus', args: { id, status: 'done' } },
    ])
    const items = (await pull(assistant.token)).json.items
    const next = items.filter((i: { id: string }) => i.id !== id)
    expect(next).toHaveLength(1)
    expect(next[0]).toMatchObject({
      status: 'new',
      sealed: sealed('Paie de décembre'),
      meta: {
        dueAt: Date.parse('2027-01-31T17:00:00Z'),
        assigneeId: assistant.member.id,
        recurrence: { freq: 'monthly', interval: 1, dayOfMonth: null },
      },
    })
  })

  it('brings the next occurrence when the date comes (alarm), even if not done', async () => {
    const { exec } = await team()
    const id = uid('tva')
    const due = Date.now() - DAY
    await push(exec.token, 'e1', [
      {
        id: 1,
        name: 'createItem',
        args: { item: { id, sealed: sealed('TVA'), meta: meta({ dueAt: due, recurrence: { freq: 'quarterly' } }) } },
      },
    ])
    const stub = env.WORKSPACES.get(env.WORKSPACES.idFromName(exec.workspace.id))
    expect(await runInDurableObject(stub, (_o, state) => state.storage.getAlarm())).not.toBeNull()
    expect(await runDurableObjectAlarm(stub)).toBe(true)
    await runDurableObjectAlarm(stub)
    const items = (await pull(exec.token)).json.items
    expect(items.map((i: { id: string }) => i.id).sort()).toHaveLength(2)
    expect(items.find((i: { id: string }) => i.id !== id).meta.dueAt).toBeGreaterThan(due)
  })
})
