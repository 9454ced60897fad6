import { describe, expect, it } from 'vitest'
import { call, meta, push, sealed, team, uid } from './helpers'

describe('KPIs and SLA policy', () => {
  it('computes figures from metadata as items move, per assistant', async () => {
    const { exec, assistant } = await team()
    const ids = [uid('k'), uid('k'), uid('k')]
    await push(
      exec.token,
      'exec-c',
      ids.map((id, i) => ({
        id: i + 1,
        name: 'createItem',
        args: { item: { id, sealed: sealed('secret title'), meta: meta({ assigneeId: assistant.member.id, category: 'finance' }) } },
      })),
    )
    await push(assistant.token, 'asst-c', [
      { id: 1, name: 'setStatus', args: { id: ids[0], status: 'acknowledged' } },
      { id: 2, name: 'setStatus', args: { id: ids[0], status: 'done' } },
    ])
    const r = await call('GET', '/v1/kpis?range=7d', { token: exec.token })
    expect(r.status).toBe(200)
    expect(r.json.totals).toMatchObject({ open: 2, created: 3, acknowledged: 1, done: 1 })
    const mine = r.json.byAssignee.find((a: { assigneeId: string }) => a.assigneeId === assistant.member.id)
    expect(mine).toMatchObject({ open: 2, done: 1 })
    expect(r.json.byCategory[0]).toMatchObject({ category: 'finance', created: 3 })
    expect(r.json.daily.length).toBe(7)
    expect(Array.isArray(r.json.signals)).toBe(true)
    expect(JSON.stringify(r.json)).not.toContain(sealed('secret title'))
    expect((await call('GET', '/v1/kpis?range=1y', { token: exec.token })).status).toBe(400)
    expect((await call('GET', '/v1/kpis')).status).toBe(401)
  })

  it('lets the executive set the SLA policy, and only the executive', async () => {
    const { exec, assistant } = await team()
    const initial = await call('GET', '/v1/sla-policy', { token: assistant.token })
    expect(initial.status).toBe(200)
    expect(initial.json.targets.urgent).toEqual({ acknowledgeMinutes: 30, completeMinutes: 240 })
    const policy = {
      ...initial.json,
      clock: 'business',
      targets: { ...initial.json.targets, urgent: { acknowledgeMinutes: 15, completeMinutes: 120 } },
    }
    expect((await call('PUT', '/v1/sla-policy', { token: assistant.token, body: policy })).status).toBe(403)
    const put = await call('PUT', '/v1/sla-policy', { token: exec.token, body: policy })
    expect(put.status).toBe(200)
    expect((await call('GET', '/v1/sla-policy', { token: exec.token })).json).toEqual(policy)
    const bad = await call('PUT', '/v1/sla-policy', { token: exec.token, body: { ...policy, timeZone: 'Mars/Olympus' } })
    expect(bad.status).toBe(400)
    const inverted = await call('PUT', '/v1/sla-policy', {
      token: exec.token,
      body: { ...policy, targets: { ...policy.targets, low: { acknowledgeMinutes: 100, completeMinutes: 10 } } },
    })
    expect(inverted.status).toBe(400)
  })
})
