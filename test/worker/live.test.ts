import { exports } from 'cloudflare:workers'
import * as v from 'valibot'
import { afterEach, describe, expect, it } from 'vitest'
import { RevokedCloseReasonSchema } from '../../shared/schema/workspace'
import { Device, type LiveSocket, call, createWorkspace, invite, op, openLive, pull, state, team, uid } from './helpers'

const open: LiveSocket[] = []
afterEach(() => {
  for (const s of open.splice(0)) s.close()
})

async function live(token: string, how: 'header' | 'protocol' = 'header', extra: string[] = []) {
  const { res, live } = await openLive(token, how, extra)
  expect(res.status).toBe(101)
  open.push(live!)
  // The server greets with the current cursor, so a client knows where it stands.
  const hello = await live!.next(0)
  expect(hello).toEqual({ type: 'poke', cursor: expect.any(String) })
  return { socket: live!, res, hello }
}

describe('GET /v1/sync/live', () => {
  it('greets with the current cursor and pokes after a push, with the new cursor', async () => {
    const { exec, assistant } = await team()
    const { socket, hello } = await live(assistant.token)
    expect(hello.cursor).toBe((await state(assistant.token)).cursor)
    const started = Date.now()
    await new Device(exec.token).ok(op.create(uid('item')))
    const poke = await socket.next(1)
    expect(Date.now() - started).toBeLessThan(1000)
    expect(poke).toEqual({ type: 'poke', cursor: (await state(assistant.token)).cursor })
    expect(poke.cursor).not.toBe(hello.cursor)
    // Pulling from the greeting's cursor brings exactly the change the poke announced.
    const diff = await pull(assistant.token, hello.cursor)
    expect(diff.json.items).toHaveLength(1)
    expect(diff.json.cursor).toBe(poke.cursor)
  })

  it("pokes the pusher's other devices too (one poke per push)", async () => {
    const { exec } = await team()
    const { socket } = await live(exec.token)
    await new Device(exec.token).ok(op.create(uid('item')), op.create(uid('item')), op.create(uid('item')))
    expect(await socket.next(1)).toMatchObject({ type: 'poke' })
    expect(await socket.next(2, 200)).toBeNull()
  })

  it('accepts the token as the subprotocol `bearer.<token>`, as browsers must send it', async () => {
    const { exec, assistant } = await team()
    const { socket, res } = await live(assistant.token, 'protocol', ['relais.v1'])
    // The server picks a protocol the client offered, and not the one carrying the token.
    expect(res.headers.get('sec-websocket-protocol')).toBe('relais.v1')
    await new Device(exec.token).ok(op.create(uid('item')))
    expect(await socket.next(1)).toMatchObject({ type: 'poke' })
  })

  it('echoes the bearer subprotocol when it is the only one offered (browsers require an echo)', async () => {
    const { assistant } = await team()
    const { res } = await live(assistant.token, 'protocol')
    expect(res.headers.get('sec-websocket-protocol')).toBe(`bearer.${assistant.token}`)
  })

  it('does not let a caller choose the echoed protocol through an internal header', async () => {
    const { exec } = await team()
    const res = await exports.default.fetch(
      new Request('http://relais.test/v1/sync/live', {
        headers: { upgrade: 'websocket', authorization: `Bearer ${exec.token}`, 'x-relais-protocol': 'evil' },
      }),
    )
    expect(res.status).toBe(101)
    expect(res.headers.get('sec-websocket-protocol')).toBeNull()
    res.webSocket!.accept()
    res.webSocket!.close(1000)
  })

  it('answers a message with the current cursor', async () => {
    const { exec } = await team()
    const { socket, hello } = await live(exec.token)
    socket.ws.send('hello?')
    expect(await socket.next(1)).toEqual({ type: 'poke', cursor: hello.cursor })
  })

  it.each([
    ['no token', {}],
    ['a garbage token', { authorization: 'Bearer nope' }],
    ['a forged token', { authorization: 'Bearer AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }],
    ['a garbage subprotocol token', { 'sec-websocket-protocol': 'bearer.nope' }],
  ])('refuses %s with 401 and no socket', async (_label, headers) => {
    const res = await exports.default.fetch(
      new Request('http://relais.test/v1/sync/live', { headers: { upgrade: 'websocket', ...headers } }),
    )
    expect(res.status).toBe(401)
    expect(res.webSocket).toBeNull()
    expect(((await res.json()) as any).error.code).toBe('unauthorized')
  })

  it('answers a plain GET with 426', async () => {
    const { exec } = await team()
    const r = await call('GET', '/v1/sync/live', { token: exec.token })
    expect(r.status).toBe(426)
    expect(r.json.error.code).toBe('upgrade_required')
  })

  it("closes a revoked member's socket at once, and refuses it a new one", async () => {
    const exec = await createWorkspace()
    const sam = await invite(exec.token)
    const { socket } = await live(sam.token)
    expect((await call('DELETE', `/v1/members/${sam.member.id}`, { token: exec.token })).status).toBe(204)
    const before = Date.now()
    const closed = await socket.waitClosed()
    expect(closed?.code).toBe(4001)
    // The reason says who removed the member and when, for the removed device to tell its user.
    const reason = v.parse(RevokedCloseReasonSchema, JSON.parse(closed!.reason))
    expect(reason.by).toBe(exec.member.id)
    expect(reason.at).toBeLessThanOrEqual(Date.now())
    expect(reason.at).toBeGreaterThan(before - 60_000)
    const again = await openLive(sam.token)
    expect(again.res.status).toBe(401)
  })

  it("keeps other members' sockets open when one is revoked, and pokes them", async () => {
    const exec = await createWorkspace()
    const sam = await invite(exec.token, 'assistant', 'Sam')
    const kim = await invite(exec.token, 'assistant', 'Kim')
    const { socket } = await live(kim.token)
    await call('DELETE', `/v1/members/${sam.member.id}`, { token: exec.token })
    expect(await socket.next(1)).toMatchObject({ type: 'poke' })
    expect(socket.closed).toBeNull()
  })

  it('pokes only the workspace that changed', async () => {
    const a = await createWorkspace('A')
    const b = await createWorkspace('B')
    const { socket } = await live(b.token)
    await new Device(a.token).ok(op.create(uid('item')))
    expect(await socket.next(1, 300)).toBeNull()
  })
})
