import { env, exports } from 'cloudflare:workers'
import { beforeAll, describe, expect, it } from 'vitest'
import { LIMITS } from '../../shared/limits'
import { PROTOCOL_VERSION } from '../../shared/protocol-version'
import { Device, type Session, call, createWorkspace, meta, op, push, sealed, state, uid } from './helpers'

let exec: Session
beforeAll(async () => {
  exec = await createWorkspace()
})

/** Sends a raw request so that headers and framing are exactly what the test says. */
async function raw(path: string, init: RequestInit & { duplex?: 'half' }) {
  const res = await exports.default.fetch(new Request(`http://relais.test${path}`, init as RequestInit))
  const text = await res.text()
  return { status: res.status, text, json: JSON.parse(text) as any }
}

const bigPush = (bytes: number) =>
  JSON.stringify({ protocolVersion: PROTOCOL_VERSION, clientId: 'c', mutations: [], pad: 'x'.repeat(bytes) })

function chunked(text: string, chunk = 16 * 1024): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text)
  let at = 0
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close()
      controller.enqueue(bytes.subarray(at, at + chunk))
      at += chunk
    },
  })
}

describe('configured limits', () => {
  it('runs this project with the production rate limit (the throttled project tests 429s)', () => {
    expect(env.RATE_LIMIT_BURST).toBe('300')
    expect(env.RATE_LIMIT_PER_MINUTE).toBe('1200')
  })
})

describe('body size', () => {
  const json = { 'content-type': 'application/json' }
  it('refuses a body whose Content-Length is over 256 KB with a JSON 413', async () => {
    const r = await raw('/v1/sync/push', {
      method: 'POST',
      headers: { ...json, authorization: `Bearer ${exec.token}` },
      body: bigPush(LIMITS.bodyBytes),
    })
    expect(r.status).toBe(413)
    expect(r.json.error.code).toBe('payload_too_large')
  })

  it('refuses a chunked body (no Content-Length) over the limit', async () => {
    const r = await raw('/v1/workspaces', { method: 'POST', headers: json, body: chunked(bigPush(LIMITS.bodyBytes)), duplex: 'half' })
    expect(r.status).toBe(413)
    expect(r.json.error.code).toBe('payload_too_large')
  })

  it('refuses a body that claims a small Content-Length but sends more', async () => {
    const body = JSON.stringify({ name: 'A', displayName: 'B', pad: 'x'.repeat(LIMITS.bodyBytes) })
    const r = await raw('/v1/workspaces', { method: 'POST', headers: { ...json, 'content-length': '40' }, body })
    expect(r.status).toBe(413)
  })

  it('refuses Content-Length together with chunked framing when the body is over', async () => {
    const r = await raw('/v1/workspaces', {
      method: 'POST',
      headers: { ...json, 'content-length': '40', 'transfer-encoding': 'chunked' },
      body: chunked(bigPush(LIMITS.bodyBytes)),
      duplex: 'half',
    })
    expect(r.status).toBe(413)
  })

  it('accepts a chunked body under the limit', async () => {
    const r = await raw('/v1/workspaces', {
      method: 'POST',
      headers: json,
      body: chunked(JSON.stringify({ name: 'Chunky', displayName: 'C' }), 5),
      duplex: 'half',
    })
    expect(r.status).toBe(201)
    expect(r.json.workspace.name).toBe('Chunky')
  })

  it('accepts a push just under the limit', async () => {
    // Four items of ~60 KB sealed each: about 240 KB in all.
    const d = new Device(exec.token)
    const text = 'y'.repeat(45 * 1024)
    const r = await d.push(...Array.from({ length: 4 }, () => op.create(uid('item'), {}, text)))
    expect(r.status).toBe(200)
    expect(r.json.lastMutationId).toBe(4)
  })
})

describe('field limits', () => {
  it(`refuses more than ${LIMITS.mutationsPerPush} mutations, naming the field`, async () => {
    const d = new Device(exec.token)
    const many = d.numbered(Array.from({ length: LIMITS.mutationsPerPush + 1 }, () => op.status('x', 'done')))
    const r = await push(exec.token, d.clientId, many)
    expect(r.status).toBe(400)
    expect(r.json.error).toMatchObject({ code: 'invalid_request', field: 'mutations' })
  })

  it(`accepts exactly ${LIMITS.mutationsPerPush} mutations`, async () => {
    const d = new Device(exec.token)
    const r = await d.push(...Array.from({ length: LIMITS.mutationsPerPush }, () => op.status('ghost', 'done')))
    expect(r.status).toBe(200)
    expect(r.json.lastMutationId).toBe(LIMITS.mutationsPerPush)
    expect(r.json.rejected).toHaveLength(LIMITS.mutationsPerPush)
  })

  it('refuses a sealed field over 64 KiB, naming it; accepts exactly 64 KiB', async () => {
    const d = new Device(exec.token)
    const create = (id: string, length: number) => ({
      id: 1,
      name: 'createItem',
      args: { item: { id, sealed: 'A'.repeat(length), meta: meta() } },
    })
    const bad = await push(exec.token, d.clientId, [create(uid('item'), LIMITS.sealedChars + 1)])
    expect(bad.status).toBe(400)
    expect(bad.json.error.field).toBe('mutations.0.args.item.sealed')
    const id = uid('item')
    const good = await push(exec.token, d.clientId, [create(id, LIMITS.sealedChars)])
    expect(good.status).toBe(200)
    expect((await state(exec.token)).items.find((i) => i.id === id).sealed).toHaveLength(LIMITS.sealedChars)
  })

  it.each([
    ['item id too long', { id: 1, name: 'setStatus', args: { id: 'x'.repeat(65), status: 'done' } }, 'mutations.0.args.id'],
    ['item id with a slash', { id: 1, name: 'setStatus', args: { id: 'a/b', status: 'done' } }, 'mutations.0.args.id'],
    ['empty item id', { id: 1, name: 'deleteItem', args: { id: '' } }, 'mutations.0.args.id'],
    [
      'category too long',
      { id: 1, name: 'updateItem', args: { id: 'a', meta: { category: 'c'.repeat(LIMITS.categoryChars + 1) } } },
      'mutations.0.args.meta.category',
    ],
    ['sealed not base64url', { id: 1, name: 'updateItem', args: { id: 'a', sealed: 'not base64!' } }, 'mutations.0.args.sealed'],
    [
      'empty sealed',
      { id: 1, name: 'addComment', args: { itemId: 'a', comment: { id: 'c', sealed: '' } } },
      'mutations.0.args.comment.sealed',
    ],
    ['unknown status', { id: 1, name: 'setStatus', args: { id: 'a', status: 'archived' } }, 'mutations.0.args.status'],
    ['unknown mutation', { id: 1, name: 'dropTable', args: {} }, 'mutations.0.name'],
    ['mutation id 0', { id: 0, name: 'deleteItem', args: { id: 'a' } }, 'mutations.0.id'],
    ['fractional mutation id', { id: 1.5, name: 'deleteItem', args: { id: 'a' } }, 'mutations.0.id'],
    ['string mutation id', { id: '1', name: 'deleteItem', args: { id: 'a' } }, 'mutations.0.id'],
    ['negative due date', { id: 1, name: 'updateItem', args: { id: 'a', meta: { dueAt: -1 } } }, 'mutations.0.args.meta.dueAt'],
    ['extra key in args', { id: 1, name: 'deleteItem', args: { id: 'a', hard: true } }, 'mutations.0.args.hard'],
    ['extra key in meta', { id: 1, name: 'updateItem', args: { id: 'a', meta: { owner: 'me' } } }, 'mutations.0.args.meta.owner'],
    [
      'createdBy smuggled in',
      {
        id: 1,
        name: 'createItem',
        args: {
          item: {
            id: 'a',
            sealed: 'AA',
            meta: { priority: 'low', dueAt: null, assigneeId: null, category: null, confidential: false },
            createdBy: 'x',
          },
        },
      },
      'mutations.0.args.item.createdBy',
    ],
    [
      'missing meta field',
      {
        id: 1,
        name: 'createItem',
        args: { item: { id: 'a', sealed: 'AA', meta: { priority: 'low', dueAt: null, assigneeId: null, category: null } } },
      },
      'mutations.0.args.item.meta.confidential',
    ],
  ])('refuses %s with 400 naming the field', async (_label, mutation, field) => {
    const r = await push(exec.token, uid('client'), [mutation])
    expect(r.status).toBe(400)
    expect(r.json.error.code).toBe('invalid_request')
    expect(r.json.error.field).toBe(field)
  })

  it.each([
    ['client id too long', { protocolVersion: PROTOCOL_VERSION, clientId: 'c'.repeat(65), mutations: [] }, 'clientId'],
    ['missing client id', { protocolVersion: PROTOCOL_VERSION, mutations: [] }, 'clientId'],
    ['mutations not an array', { protocolVersion: PROTOCOL_VERSION, clientId: 'c', mutations: {} }, 'mutations'],
    ['protocol version a string', { protocolVersion: '1', clientId: 'c', mutations: [] }, 'protocolVersion'],
    ['extra top-level key', { protocolVersion: PROTOCOL_VERSION, clientId: 'c', mutations: [], memberId: 'x' }, 'memberId'],
  ])('refuses a push with %s (400 %s)', async (_label, body, field) => {
    const r = await call('POST', '/v1/sync/push', { token: exec.token, body })
    expect(r.status).toBe(400)
    expect(r.json.error).toMatchObject({ code: 'invalid_request', field })
  })
})

describe('malformed bodies: always a JSON 4xx, never a 5xx', () => {
  const ENDPOINTS: [string, string, boolean][] = [
    ['POST', '/v1/workspaces', false],
    ['POST', '/v1/invites', true],
    ['POST', '/v1/invites/accept', false],
    ['POST', '/v1/sync/push', true],
    ['PUT', '/v1/sla-policy', true],
  ]
  const BODIES: [string, string, string | Uint8Array<ArrayBuffer>, number, string][] = [
    ['not JSON', 'application/json', '{"name": ', 400, 'invalid_request'],
    ['empty body', 'application/json', '', 400, 'invalid_request'],
    ['JSON null', 'application/json', 'null', 400, 'invalid_request'],
    ['a JSON array', 'application/json', '[1,2,3]', 400, 'invalid_request'],
    ['a JSON string', 'application/json', '"hello"', 400, 'invalid_request'],
    ['a JSON number', 'application/json', '1e400', 400, 'invalid_request'],
    [
      '__proto__ key',
      'application/json',
      '{"__proto__": {"admin": true}, "name": "A", "displayName": "B", "role": "assistant"}',
      400,
      'invalid_request',
    ],
    ['constructor key', 'application/json', '{"constructor": {"prototype": {"x": 1}}}', 400, 'invalid_request'],
    ['deep nesting', 'application/json', `${'['.repeat(5000)}${']'.repeat(5000)}`, 400, 'invalid_request'],
    [
      'bad UTF-8',
      'application/json',
      Uint8Array.from([
        ...new TextEncoder().encode('{"name": "A'),
        0xc3,
        0x28,
        ...new TextEncoder().encode('", "displayName": "B", "role": "assistant"}'),
      ]),
      400,
      'invalid_request',
    ],
    ['wrong content type', 'text/plain', '{"name": "A", "displayName": "B"}', 415, 'unsupported_media_type'],
    ['form content type', 'application/x-www-form-urlencoded', 'name=A&displayName=B', 415, 'unsupported_media_type'],
    ['no content type', '', '{"name": "A", "displayName": "B"}', 415, 'unsupported_media_type'],
  ]
  for (const [method, path, auth] of ENDPOINTS) {
    it.each(BODIES)(`${method} ${path} with %s`, async (_label, type, body, status, code) => {
      const headers: Record<string, string> = {}
      if (type) headers['content-type'] = type
      if (auth) headers.authorization = `Bearer ${exec.token}`
      const r = await raw(path, { method, headers, body })
      expect(r.status).toBe(status)
      expect(r.json.error.code).toBe(code)
      expect(typeof r.json.error.message).toBe('string')
      expect(r.text).not.toMatch(/at .*\.ts|stack|SQLITE/i)
    })
  }

  it('does not let __proto__ reach an object prototype', async () => {
    const r = await raw('/v1/workspaces', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"name": "A", "displayName": "B", "__proto__": {"role": "admin"}}',
    })
    expect(r.status).toBe(400)
    expect(r.json.error.field).toBe('__proto__')
    expect(({} as any).role).toBeUndefined()
  })

  it('accepts JSON with a charset and odd casing of the media type', async () => {
    const r = await raw('/v1/workspaces', {
      method: 'POST',
      headers: { 'content-type': 'Application/JSON; charset=UTF-8' },
      body: JSON.stringify({ name: 'A', displayName: 'B' }),
    })
    expect(r.status).toBe(201)
  })

  it('keeps item content out of the way of large inputs elsewhere', async () => {
    const r = await call('POST', '/v1/workspaces', { body: { name: 'A', displayName: 'B'.repeat(10_000) } })
    expect(r.status).toBe(400)
    expect(r.json.error.field).toBe('displayName')
  })

  it('never echoes a sealed value in an error', async () => {
    const secret = sealed('CANARY-in-an-error')
    const r = await push(exec.token, uid('client'), [
      { id: 1, name: 'createItem', args: { item: { id: 'a b', sealed: secret, meta: {} } } },
    ])
    expect(r.status).toBe(400)
    expect(r.text).not.toContain(secret)
  })
})
