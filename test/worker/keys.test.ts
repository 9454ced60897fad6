import { describe, expect, it } from 'vitest'
import { call, team, invite } from './helpers'

const pub = (n: number) => `B${String(n).repeat(86).slice(0, 86)}`
const envelope = (n: number) => `E${String(n).repeat(120).slice(0, 120)}`

describe('device keys and key envelopes', () => {
  it("publishes device keys, delivers envelopes only to their device, and forgets a revoked member's", async () => {
    const { exec, assistant } = await team()
    const second = await invite(exec.token, 'assistant', 'Kim')
    expect((await call('PUT', '/v1/devices/exec-dev/key', { token: exec.token, body: { publicKey: pub(1) } })).status).toBe(204)
    expect((await call('PUT', '/v1/devices/sam-dev/key', { token: assistant.token, body: { publicKey: pub(2) } })).status).toBe(204)
    expect((await call('PUT', '/v1/devices/kim-dev/key', { token: second.token, body: { publicKey: pub(3) } })).status).toBe(204)
    // A device id belongs to one member.
    expect((await call('PUT', '/v1/devices/sam-dev/key', { token: second.token, body: { publicKey: pub(4) } })).status).toBe(403)
    expect((await call('PUT', '/v1/devices/x/key', { token: exec.token, body: { publicKey: 'short' } })).status).toBe(400)

    const devices = await call('GET', '/v1/devices', { token: exec.token })
    expect(devices.json.devices.map((d: { clientId: string }) => d.clientId).sort()).toEqual(['exec-dev', 'kim-dev', 'sam-dev'])

    expect((await call('DELETE', `/v1/members/${second.member.id}`, { token: exec.token })).status).toBe(204)
    expect(
      (await call('GET', '/v1/devices', { token: exec.token })).json.devices.map((d: { clientId: string }) => d.clientId).sort(),
    ).toEqual(['exec-dev', 'sam-dev'])

    // The revoked member's device cannot be given the new key.
    const refused = await call('POST', '/v1/keys', {
      token: exec.token,
      body: { keyId: 'k2', envelopes: [{ clientId: 'kim-dev', wrapped: envelope(1) }] },
    })
    expect(refused.status).toBe(400)
    expect(
      (
        await call('POST', '/v1/keys', {
          token: assistant.token,
          body: { keyId: 'k2', envelopes: [{ clientId: 'sam-dev', wrapped: envelope(2) }] },
        })
      ).status,
    ).toBe(403)
    const posted = await call('POST', '/v1/keys', {
      token: exec.token,
      body: {
        keyId: 'k2',
        envelopes: [
          { clientId: 'sam-dev', wrapped: envelope(2) },
          { clientId: 'exec-dev', wrapped: envelope(3) },
        ],
      },
    })
    expect(posted.status).toBe(201)

    const mine = await call('GET', '/v1/keys?clientId=sam-dev', { token: assistant.token })
    expect(mine.json.envelopes).toEqual([expect.objectContaining({ keyId: 'k2', wrapped: envelope(2), createdBy: exec.member.id })])
    // Another member asking for that device's envelopes gets nothing.
    expect((await call('GET', '/v1/keys?clientId=sam-dev', { token: exec.token })).json.envelopes).toEqual([])
    expect((await call('GET', '/v1/keys?clientId=kim-dev', { token: second.token })).status).toBe(401)
  })
})
