import { describe, expect, it } from 'vitest'
import { LIMITS } from '../../shared/limits'
import { call, createWorkspace, invite } from './helpers'

const ID = /^[A-Za-z0-9_-]{1,64}$/

describe('POST /v1/workspaces', () => {
  it('creates a workspace with its first executive and a token', async () => {
    const r = await call('POST', '/v1/workspaces', { body: { name: '  Acme  ', displayName: 'Claire' } })
    expect(r.status).toBe(201)
    expect(r.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(r.json.workspace.name).toBe('Acme')
    expect(r.json.workspace.id).toMatch(ID)
    expect(r.json.member).toEqual({ id: expect.stringMatching(ID), role: 'executive', displayName: 'Claire' })
    // The token routes to its workspace and carries a 256-bit secret (43 base64url characters).
    const [ws, tokenId, secret] = r.json.token.split('.')
    expect(ws).toBe(r.json.workspace.id)
    expect(tokenId).toMatch(ID)
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/)
  })

  it('gives every workspace its own id and token', async () => {
    const a = await createWorkspace('A')
    const b = await createWorkspace('B')
    expect(a.workspace.id).not.toBe(b.workspace.id)
    expect(a.token).not.toBe(b.token)
  })

  it.each([
    ['missing name', { displayName: 'C' }, 'name'],
    ['blank name', { name: '   ', displayName: 'C' }, 'name'],
    ['name too long', { name: 'x'.repeat(LIMITS.nameChars + 1), displayName: 'C' }, 'name'],
    ['displayName too long', { name: 'A', displayName: 'x'.repeat(LIMITS.nameChars + 1) }, 'displayName'],
    ['name not a string', { name: 42, displayName: 'C' }, 'name'],
    ['extra key', { name: 'A', displayName: 'C', admin: true }, 'admin'],
  ])('refuses %s with a 400 naming the field', async (_label, body, field) => {
    const r = await call('POST', '/v1/workspaces', { body })
    expect(r.status).toBe(400)
    expect(r.json.error.code).toBe('invalid_request')
    expect(r.json.error.field).toBe(field)
    expect(r.json.error.message).toContain(field)
  })

  it('accepts a name of exactly the limit', async () => {
    const r = await call('POST', '/v1/workspaces', { body: { name: 'x'.repeat(LIMITS.nameChars), displayName: 'C' } })
    expect(r.status).toBe(201)
  })
})

describe('GET /v1/workspace', () => {
  it('describes the workspace, its members and the caller', async () => {
    const exec = await createWorkspace('Acme', 'Claire')
    const sam = await invite(exec.token, 'assistant', 'Sam')
    const r = await call('GET', '/v1/workspace', { token: sam.token })
    expect(r.status).toBe(200)
    expect(r.json).toEqual({
      workspace: { id: exec.workspace.id, name: 'Acme' },
      members: [
        { id: exec.member.id, role: 'executive', displayName: 'Claire', revoked: false },
        { id: sam.member.id, role: 'assistant', displayName: 'Sam', revoked: false },
      ],
      me: { id: sam.member.id, role: 'assistant' },
    })
  })

  it('lists a revoked member as revoked', async () => {
    const exec = await createWorkspace()
    const sam = await invite(exec.token)
    expect((await call('DELETE', `/v1/members/${sam.member.id}`, { token: exec.token })).status).toBe(204)
    const r = await call('GET', '/v1/workspace', { token: exec.token })
    expect(r.json.members.find((m: any) => m.id === sam.member.id).revoked).toBe(true)
  })

  it('answers 401 without a token', async () => {
    const r = await call('GET', '/v1/workspace')
    expect(r.status).toBe(401)
    expect(r.json.error.code).toBe('unauthorized')
  })
})

describe('DELETE /v1/members/:memberId', () => {
  it('revokes a member: 204, and that member is refused at once', async () => {
    const exec = await createWorkspace()
    const sam = await invite(exec.token)
    expect((await call('GET', '/v1/workspace', { token: sam.token })).status).toBe(200)
    const r = await call('DELETE', `/v1/members/${sam.member.id}`, { token: exec.token })
    expect(r.status).toBe(204)
    expect(r.text).toBe('')
    for (const [method, path] of [
      ['GET', '/v1/workspace'],
      ['GET', '/v1/sync/pull'],
      ['GET', '/v1/sla-policy'],
    ] as const) {
      const again = await call(method, path, { token: sam.token })
      expect(again.status).toBe(401)
      expect(again.json.error.code).toBe('unauthorized')
    }
    // The executive is untouched.
    expect((await call('GET', '/v1/workspace', { token: exec.token })).status).toBe(200)
  })

  it('is idempotent for an already revoked member', async () => {
    const exec = await createWorkspace()
    const sam = await invite(exec.token)
    expect((await call('DELETE', `/v1/members/${sam.member.id}`, { token: exec.token })).status).toBe(204)
    expect((await call('DELETE', `/v1/members/${sam.member.id}`, { token: exec.token })).status).toBe(204)
  })

  it('refuses an assistant (403) and leaves the target alone', async () => {
    const exec = await createWorkspace()
    const sam = await invite(exec.token, 'assistant', 'Sam')
    const kim = await invite(exec.token, 'assistant', 'Kim')
    const r = await call('DELETE', `/v1/members/${kim.member.id}`, { token: sam.token })
    expect(r.status).toBe(403)
    expect(r.json.error.code).toBe('forbidden')
    expect((await call('GET', '/v1/workspace', { token: kim.token })).status).toBe(200)
  })

  it('never revokes the last executive (409), even by itself', async () => {
    const exec = await createWorkspace()
    const r = await call('DELETE', `/v1/members/${exec.member.id}`, { token: exec.token })
    expect(r.status).toBe(409)
    expect(r.json.error.code).toBe('last_executive')
    expect((await call('GET', '/v1/workspace', { token: exec.token })).status).toBe(200)
  })

  it('lets an executive leave when another executive remains', async () => {
    const exec = await createWorkspace()
    const second = await invite(exec.token, 'executive', 'Paul')
    expect(second.member.role).toBe('executive')
    expect((await call('DELETE', `/v1/members/${exec.member.id}`, { token: exec.token })).status).toBe(204)
    expect((await call('GET', '/v1/workspace', { token: exec.token })).status).toBe(401)
    // Paul is now the last one.
    const r = await call('DELETE', `/v1/members/${second.member.id}`, { token: second.token })
    expect(r.status).toBe(409)
  })

  it.each([
    ['unknown id', 'nobody-here'],
    ['malformed id', 'not%20an%20id'],
    ['overlong id', 'x'.repeat(65)],
  ])('answers 404 for an %s', async (_label, id) => {
    const exec = await createWorkspace()
    const r = await call('DELETE', `/v1/members/${id}`, { token: exec.token })
    expect(r.status).toBe(404)
    expect(r.json.error.code).toBe('not_found')
  })
})

describe('unknown routes and methods', () => {
  it.each([
    ['GET', '/v1/nope'],
    ['PUT', '/v1/sync/push'],
    ['GET', '/v1/invites'],
    ['PATCH', '/v1/workspace'],
  ])('%s %s → JSON 404', async (method, path) => {
    const exec = await createWorkspace()
    const r = await call(method, path, { token: exec.token })
    expect(r.status).toBe(404)
    expect(r.json.error.code).toBe('not_found')
  })
})
