import { runInDurableObject } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { LIMITS } from '../../shared/limits'
import { call, createWorkspace, invite, stubOf } from './helpers'

async function newInvite(token: string, role: 'assistant' | 'executive' = 'assistant') {
  const r = await call('POST', '/v1/invites', { token, body: { role } })
  expect(r.status).toBe(201)
  return r.json as { code: string; expiresAt: number }
}

const accept = (code: string, displayName = 'Sam', ip = '192.0.2.1') =>
  call('POST', '/v1/invites/accept', { body: { code, displayName }, headers: { 'cf-connecting-ip': ip } })

describe('POST /v1/invites', () => {
  it('makes a code that expires within 7 days', async () => {
    const exec = await createWorkspace()
    const before = Date.now()
    const inv = await newInvite(exec.token)
    expect(inv.code.startsWith(`${exec.workspace.id}.`)).toBe(true)
    // 128 random bits after the workspace id.
    expect(inv.code.split('.')[1]).toMatch(/^[A-Za-z0-9_-]{22}$/)
    expect(inv.expiresAt).toBeGreaterThanOrEqual(before + LIMITS.inviteTtlMs)
    expect(inv.expiresAt).toBeLessThanOrEqual(Date.now() + LIMITS.inviteTtlMs)
  })

  it('never makes the same code twice', async () => {
    const exec = await createWorkspace()
    const codes = new Set<string>()
    for (let i = 0; i < 5; i++) codes.add((await newInvite(exec.token)).code)
    expect(codes.size).toBe(5)
  })

  it('is for executives only (403)', async () => {
    const exec = await createWorkspace()
    const sam = await invite(exec.token)
    const r = await call('POST', '/v1/invites', { token: sam.token, body: { role: 'assistant' } })
    expect(r.status).toBe(403)
    expect(r.json.error.code).toBe('forbidden')
  })

  it.each([
    [{}, 'role'],
    [{ role: 'admin' }, 'role'],
    [{ role: 'assistant', ttl: 9 }, 'ttl'],
  ])('refuses %j with 400 naming the field', async (body, field) => {
    const exec = await createWorkspace()
    const r = await call('POST', '/v1/invites', { token: exec.token, body })
    expect(r.status).toBe(400)
    expect(r.json.error).toMatchObject({ code: 'invalid_request', field })
  })

  it('needs a token (401)', async () => {
    const r = await call('POST', '/v1/invites', { body: { role: 'assistant' } })
    expect(r.status).toBe(401)
  })
})

describe('POST /v1/invites/accept', () => {
  it('joins the workspace with the invited role and a working token', async () => {
    const exec = await createWorkspace('Acme')
    const inv = await newInvite(exec.token, 'assistant')
    const r = await accept(inv.code, ' Sam ')
    expect(r.status).toBe(201)
    expect(r.json.workspace).toEqual({ id: exec.workspace.id, name: 'Acme' })
    expect(r.json.member).toEqual({ id: expect.any(String), role: 'assistant', displayName: 'Sam' })
    const me = await call('GET', '/v1/workspace', { token: r.json.token })
    expect(me.json.me).toEqual({ id: r.json.member.id, role: 'assistant' })
  })

  it('grants the executive role when invited as one', async () => {
    const exec = await createWorkspace()
    const r = await accept((await newInvite(exec.token, 'executive')).code, 'Paul')
    expect(r.json.member.role).toBe('executive')
  })

  it('is single use: a second accept is a 404 and makes no member', async () => {
    const exec = await createWorkspace()
    const inv = await newInvite(exec.token)
    expect((await accept(inv.code, 'Sam')).status).toBe(201)
    const again = await accept(inv.code, 'Mallory')
    expect(again.status).toBe(404)
    expect(again.json.error.code).toBe('not_found')
    const ws = await call('GET', '/v1/workspace', { token: exec.token })
    expect(ws.json.members.map((m: any) => m.displayName)).toEqual(['Claire (CEO)', 'Sam'])
  })

  it('refuses an expired code (404)', async () => {
    const exec = await createWorkspace()
    const inv = await newInvite(exec.token)
    await runInDurableObject(stubOf(exec.workspace.id), (_o, state) => {
      state.storage.sql.exec('UPDATE invites SET expires_at = ?', Date.now() - 1)
    })
    const r = await accept(inv.code)
    expect(r.status).toBe(404)
    expect(r.json.error.code).toBe('not_found')
  })

  it('refuses an unknown code of a real workspace, and of no workspace (404 both)', async () => {
    const exec = await createWorkspace()
    const real = await newInvite(exec.token)
    const [ws, secret] = real.code.split('.')
    const flipped = `${ws}.${secret!.slice(0, -1)}${secret!.endsWith('A') ? 'B' : 'A'}`
    const nowhere = `AAAAAAAAAAAAAAAAAAAAAA.${secret}`
    for (const code of [flipped, nowhere]) {
      const r = await accept(code)
      expect(r.status).toBe(404)
      expect(r.json.error.code).toBe('not_found')
    }
    // The genuine code still works after the misses.
    expect((await accept(real.code)).status).toBe(201)
  })

  it('refuses a code of another workspace grafted onto this one (404)', async () => {
    const a = await createWorkspace('A')
    const b = await createWorkspace('B')
    const codeOfB = (await newInvite(b.token)).code
    const grafted = `${a.workspace.id}.${codeOfB.split('.')[1]}`
    expect((await accept(grafted)).status).toBe(404)
    expect((await accept(codeOfB)).json.workspace.id).toBe(b.workspace.id)
  })

  it.each([
    [{ code: 'not a code', displayName: 'S' }, 'code'],
    [{ code: 'abc', displayName: 'S' }, 'code'],
    [{ displayName: 'S' }, 'code'],
    [{ code: 'AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA', displayName: '' }, 'displayName'],
    [{ code: 'AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA', displayName: 'x'.repeat(LIMITS.nameChars + 1) }, 'displayName'],
  ])('refuses malformed %j with 400 naming the field', async (body, field) => {
    const r = await call('POST', '/v1/invites/accept', { body, headers: { 'cf-connecting-ip': '192.0.2.9' } })
    expect(r.status).toBe(400)
    expect(r.json.error).toMatchObject({ code: 'invalid_request', field })
  })

  it('stores only a hash of the code', async () => {
    const exec = await createWorkspace()
    const inv = await newInvite(exec.token)
    const secret = inv.code.split('.')[1]!
    const rows = await runInDurableObject(stubOf(exec.workspace.id), (_o, state) =>
      state.storage.sql.exec('SELECT * FROM invites').toArray(),
    )
    expect(rows).toHaveLength(1)
    expect(JSON.stringify(rows)).not.toContain(secret)
  })
})
