import { exports } from 'cloudflare:workers'
import { beforeAll, describe, expect, it } from 'vitest'
import { app } from '../../worker/src/app'
import { Device, type Session, call, createWorkspace, invite, op, openLive, pull, push, sealed, state, uid } from './helpers'

/** Alpha's device key and key envelope: opaque to the server, and never Beta's business. */
const CANARY_PUBLIC_KEY = `BCANARYPUBLICKEY${'Q'.repeat(87)}`.slice(0, 87)
const CANARY_ENVELOPE = `ECANARYENVELOPE${'W'.repeat(150)}`.slice(0, 150)

/**
 * Two workspaces. Alpha holds canaries in every sealed field; Beta's members try everything
 * they can think of against Alpha's ids. Every answer must look exactly as if Alpha did not
 * exist, and no canary may ever appear in Beta's responses.
 */
const CANARY = 'CANARY-alpha-4b1d9e'
const CANARY_SEALED = sealed(`${CANARY} item`)
const CANARY_COMMENT = sealed(`${CANARY} comment`)

let alpha: Session, alphaSam: Session, beta: Session, betaSam: Session
let alphaItem: string, alphaComment: string, alphaClient: string
const seen: string[] = []

/** Every response Beta gets goes through here, so the final test can search them all. */
async function asBeta<T extends { text: string }>(p: Promise<T>): Promise<T> {
  const r = await p
  seen.push(r.text)
  return r
}

beforeAll(async () => {
  alpha = await createWorkspace('Alpha', 'Alice')
  alphaSam = await invite(alpha.token, 'assistant', 'Sam A')
  beta = await createWorkspace('Beta', 'Bob')
  betaSam = await invite(beta.token, 'assistant', 'Sam B')
  alphaItem = uid('alpha-item')
  alphaComment = uid('alpha-comment')
  const d = new Device(alpha.token)
  alphaClient = d.clientId
  await d.ok(
    op.create(alphaItem, { category: 'canary-cat' }, `${CANARY} item`),
    op.comment(alphaItem, alphaComment, `${CANARY} comment`),
    op.create(uid('alpha-item'), { confidential: true, assigneeId: alphaSam.member.id }, `${CANARY} confidential`),
  )
})

describe('across workspaces', () => {
  it('pulls show only their own workspace', async () => {
    for (const s of [beta, betaSam]) {
      const r = await asBeta(pull(s.token))
      expect(r.status).toBe(200)
      expect(r.json.items).toEqual([])
      expect(r.json.members.map((m: any) => m.displayName)).toEqual(['Bob', 'Sam B'])
    }
  })

  it("mutations on the other workspace's items answer not_found, and change nothing there", async () => {
    const d = new Device(beta.token)
    const r = await asBeta(
      d.push(
        op.update(alphaItem, { sealed: sealed('pwned'), meta: { confidential: true } }),
        op.status(alphaItem, 'done'),
        op.comment(alphaItem, uid('c')),
        op.remove(alphaItem),
      ),
    )
    expect(r.json.rejected).toEqual([1, 2, 3, 4].map((id) => ({ id, code: 'not_found' })))
    const a = (await state(alpha.token)).items.find((i) => i.id === alphaItem)
    expect(a).toMatchObject({ sealed: CANARY_SEALED, status: 'new', deleted: false, meta: { confidential: false } })
  })

  it('creating an item with the same id in another workspace is allowed and stays separate', async () => {
    const d = new Device(beta.token)
    expect(await d.ok(op.create(alphaItem, {}, 'beta own'))).toEqual([])
    const b = (await asBeta(pull(beta.token))).json.items.find((i: any) => i.id === alphaItem)
    expect(b.sealed).toBe(sealed('beta own'))
    expect((await state(alpha.token)).items.find((i) => i.id === alphaItem).sealed).toBe(CANARY_SEALED)
  })

  it('a client id of the other workspace is just a new client here', async () => {
    const r = await asBeta(push(beta.token, alphaClient, [{ ...op.create(uid('item')), id: 1 }]))
    expect(r.json).toEqual({ lastMutationId: 1, rejected: [] })
    expect((await state(alpha.token)).lastMutationIds[alphaClient]).toBe(3)
  })

  it('revoking a member of the other workspace is a 404, and that member keeps working', async () => {
    const r = await asBeta(call('DELETE', `/v1/members/${alphaSam.member.id}`, { token: beta.token }))
    expect(r.status).toBe(404)
    expect(r.json.error.code).toBe('not_found')
    // Exactly the answer for an id that exists nowhere.
    const nowhere = await asBeta(call('DELETE', `/v1/members/${uid('ghost')}`, { token: beta.token }))
    expect(nowhere.json).toEqual(r.json)
    expect((await call('GET', '/v1/workspace', { token: alphaSam.token })).status).toBe(200)
  })

  it('a token re-pointed at the other workspace is a 401', async () => {
    const [, tokenId, secret] = beta.token.split('.')
    const r = await asBeta(call('GET', '/v1/workspace', { token: `${alpha.workspace.id}.${tokenId}.${secret}` }))
    expect(r.status).toBe(401)
    const live = await openLive(`${alpha.workspace.id}.${tokenId}.${secret}`)
    expect(live.res.status).toBe(401)
  })

  it('an invite code of one workspace never lands in the other', async () => {
    const inv = await call('POST', '/v1/invites', { token: alpha.token, body: { role: 'assistant' } })
    const grafted = `${beta.workspace.id}.${inv.json.code.split('.')[1]}`
    const r = await asBeta(
      call('POST', '/v1/invites/accept', { body: { code: grafted, displayName: 'Eve' }, headers: { 'cf-connecting-ip': '198.51.100.7' } }),
    )
    expect(r.status).toBe(404)
  })

  it("a pull with the other workspace's cursor is a reset of one's own state", async () => {
    const alphaCursor = (await state(alpha.token)).cursor
    const r = await asBeta(pull(beta.token, alphaCursor))
    expect(r.json.reset).toBe(true)
    expect(r.json.items.every((i: any) => i.sealed !== CANARY_SEALED)).toBe(true)
  })
})

describe('tokens', () => {
  it.each([
    ['empty', ''],
    ['not three parts', 'abc'],
    ['garbage of the right shape', 'AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
  ])('refuses a %s token with 401', async (_label, token) => {
    const r = await call('GET', '/v1/workspace', { headers: { authorization: `Bearer ${token}` } })
    expect(r.status).toBe(401)
    expect(r.json.error.code).toBe('unauthorized')
  })

  it('refuses forged, truncated and altered versions of a real token', async () => {
    const [ws, tokenId, secret] = alpha.token.split('.') as [string, string, string]
    const flip = (s: string) => s.slice(0, -1) + (s.endsWith('A') ? 'B' : 'A')
    const variants = [
      `${ws}.${tokenId}.${secret.slice(0, -1)}`,
      `${ws}.${tokenId}.${secret.slice(0, 20)}`,
      `${ws}.${tokenId}.${flip(secret)}`,
      `${ws}.${flip(tokenId)}.${secret}`,
      `${ws}.${tokenId}.${secret}x`,
      `${ws}.${tokenId}`,
      `${ws}.${tokenId}.${secret}.extra`,
      `${flip(ws)}.${tokenId}.${secret}`,
      `${ws}.${beta.token.split('.')[1]}.${secret}`,
    ]
    for (const token of variants) {
      for (const [method, path] of [
        ['GET', '/v1/workspace'],
        ['GET', '/v1/sync/pull'],
      ]) {
        const r = await call(method!, path!, { token })
        expect(r.status, token).toBe(401)
      }
    }
    // The real one still works.
    expect((await call('GET', '/v1/workspace', { token: alpha.token })).status).toBe(200)
  })

  it.each([
    ['lowercase scheme', (t: string) => `bearer ${t}`],
    ['Basic scheme', (t: string) => `Basic ${t}`],
    ['token in a query', () => ''],
  ])('refuses a %s', async (label, header) => {
    const path = label === 'token in a query' ? `/v1/workspace?token=${alpha.token}` : '/v1/workspace'
    const r = await call('GET', path, { headers: header(alpha.token) ? { authorization: header(alpha.token) } : {} })
    expect(r.status).toBe(401)
  })
})

/**
 * Every route of the app, probed as a member of Beta aiming at Alpha, and as a revoked member.
 * The list comes from the Hono app itself: a new route without a probe fails the first test.
 */
describe('every route, against the other workspace and after revocation', () => {
  type Probe = {
    method: string
    path: string
    token?: 'beta' | 'revoked' | 'none'
    body?: unknown
    raw?: Uint8Array<ArrayBuffer>
    headers?: Record<string, string>
    expect: number[]
  }
  let alphaTerm: string
  let alphaOnly: string
  let alphaFile: string
  let revoked: Session
  let policy: unknown

  beforeAll(async () => {
    const term = await call('POST', '/v1/glossary/terms', {
      token: alpha.token,
      body: { term: 'CANARYTERM', aliases: ['canary alias'], definition: `${CANARY} definition`, lang: 'fr', category: 'canary' },
    })
    expect(term.status).toBe(201)
    alphaTerm = term.json.id
    policy = (await call('GET', '/v1/sla-policy', { token: alpha.token })).json
    expect(
      (await call('PUT', '/v1/sla-policy', { token: alpha.token, body: { ...(policy as object), timeZone: 'Pacific/Chatham' } })).status,
    ).toBe(200)
    alphaOnly = uid('alpha-only')
    await new Device(alpha.token).ok(op.create(alphaOnly, {}, `${CANARY} only`))
    // A file on Alpha's item whose bytes hold the canary.
    alphaFile = uid('alpha-file')
    const fileBytes = new TextEncoder().encode(`${CANARY} file bytes`)
    expect(
      (await call('PUT', `/v1/files/${alphaFile}`, { token: alpha.token, body: { itemId: alphaOnly, size: fileBytes.length, chunks: 1 } }))
        .status,
    ).toBe(201)
    const put = await exports.default.fetch(
      new Request(`http://relais.test/v1/files/${alphaFile}/chunks/0`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${alpha.token}`, 'content-type': 'application/octet-stream' },
        body: fileBytes,
      }),
    )
    expect(put.status).toBe(204)
    expect((await call('POST', `/v1/files/${alphaFile}/complete`, { token: alpha.token })).status).toBe(200)
    expect((await call('PUT', '/v1/devices/alpha-dev/key', { token: alpha.token, body: { publicKey: CANARY_PUBLIC_KEY } })).status).toBe(
      204,
    )
    expect(
      (
        await call('POST', '/v1/keys', {
          token: alpha.token,
          body: { keyId: 'kcanary', envelopes: [{ clientId: 'alpha-dev', wrapped: CANARY_ENVELOPE }] },
        })
      ).status,
    ).toBe(201)
    revoked = await invite(beta.token, 'assistant', 'Gone')
    expect((await call('DELETE', `/v1/members/${revoked.member.id}`, { token: beta.token })).status).toBe(204)
  })

  /** How each route is probed, keyed by `METHOD path` exactly as Hono lists it. */
  const probes = (): Record<string, Probe[]> => ({
    'GET /healthz': [{ method: 'GET', path: '/healthz', token: 'none', expect: [200] }],
    'POST /v1/workspaces': [
      { method: 'POST', path: '/v1/workspaces', token: 'none', body: { name: 'Fresh', displayName: 'F' }, expect: [201] },
    ],
    'GET /v1/workspace': [{ method: 'GET', path: '/v1/workspace', expect: [200] }],
    'POST /v1/invites': [{ method: 'POST', path: '/v1/invites', body: { role: 'assistant' }, expect: [201] }],
    'POST /v1/invites/accept': [
      {
        method: 'POST',
        path: '/v1/invites/accept',
        token: 'none',
        body: { code: `${alpha.workspace.id}.AAAAAAAAAAAAAAAAAAAAAA`, displayName: 'E' },
        headers: { 'cf-connecting-ip': uid('ip') },
        expect: [404],
      },
    ],
    'DELETE /v1/members/:memberId': [{ method: 'DELETE', path: `/v1/members/${alphaSam.member.id}`, expect: [404] }],
    'POST /v1/sync/push': [
      {
        method: 'POST',
        path: '/v1/sync/push',
        body: {
          protocolVersion: 1,
          clientId: uid('client'),
          mutations: [{ id: 1, name: 'setStatus', args: { id: alphaOnly, status: 'done' } }],
        },
        expect: [200],
      },
    ],
    'GET /v1/sync/pull': [{ method: 'GET', path: '/v1/sync/pull', expect: [200] }],
    'GET /v1/sync/live': [{ method: 'GET', path: '/v1/sync/live', headers: { upgrade: 'websocket' }, expect: [101] }],
    'GET /v1/sla-policy': [{ method: 'GET', path: '/v1/sla-policy', expect: [200] }],
    // A valid body: shapes are checked before the token, so a bad one would answer 400 first.
    'PUT /v1/sla-policy': [{ method: 'PUT', path: '/v1/sla-policy', body: policy, expect: [200] }],
    'GET /v1/glossary': [
      { method: 'GET', path: '/v1/glossary', expect: [200] },
      { method: 'GET', path: '/v1/glossary', token: 'none', expect: [200] },
    ],
    'POST /v1/glossary/terms': [
      {
        method: 'POST',
        path: '/v1/glossary/terms',
        body: { term: 'Own', aliases: [], definition: 'Beta term', lang: 'fr', category: 'misc' },
        expect: [201],
      },
    ],
    'DELETE /v1/glossary/terms/:id': [{ method: 'DELETE', path: `/v1/glossary/terms/${alphaTerm}`, expect: [404] }],
    'GET /v1/kpis': [{ method: 'GET', path: '/v1/kpis?range=30d', expect: [200] }],
    'GET /glossary': [{ method: 'GET', path: '/glossary?lang=fr', token: 'none', expect: [200] }],
    'GET /glossary/:id': [{ method: 'GET', path: `/glossary/${alphaTerm}`, token: 'none', expect: [404] }],
    // Exists only under `npm run bench`; here it must look like any unknown path.
    'PUT /v1/devices/:clientId/key': [
      { method: 'PUT', path: '/v1/devices/alpha-dev/key', body: { publicKey: 'B'.repeat(87) }, expect: [204] },
    ],
    'GET /v1/devices': [{ method: 'GET', path: '/v1/devices', expect: [200] }],
    'POST /v1/keys': [
      {
        method: 'POST',
        path: '/v1/keys',
        body: { keyId: 'k9', envelopes: [{ clientId: uid('nodevice'), wrapped: 'E'.repeat(150) }] },
        expect: [400],
      },
    ],
    'GET /v1/keys': [{ method: 'GET', path: '/v1/keys?clientId=alpha-dev', expect: [200] }],
    'PUT /v1/files/:fileId': [
      { method: 'PUT', path: `/v1/files/${alphaFile}`, body: { itemId: alphaOnly, size: 100, chunks: 1 }, expect: [404] },
    ],
    'GET /v1/files/:fileId': [{ method: 'GET', path: `/v1/files/${alphaFile}`, expect: [404] }],
    'PUT /v1/files/:fileId/chunks/:index': [
      {
        method: 'PUT',
        path: `/v1/files/${alphaFile}/chunks/0`,
        raw: new Uint8Array(40),
        headers: { 'content-type': 'application/octet-stream' },
        expect: [404],
      },
    ],
    'GET /v1/files/:fileId/chunks/:index': [{ method: 'GET', path: `/v1/files/${alphaFile}/chunks/0`, expect: [404] }],
    'POST /v1/files/:fileId/complete': [{ method: 'POST', path: `/v1/files/${alphaFile}/complete`, expect: [404] }],
    'DELETE /v1/files/:fileId': [{ method: 'DELETE', path: `/v1/files/${alphaFile}`, expect: [404] }],
    'PUT /bench/blob/:key': [
      {
        method: 'PUT',
        path: '/bench/blob/x',
        token: 'none',
        raw: new Uint8Array(10),
        headers: { 'content-type': 'application/octet-stream' },
        expect: [404],
      },
    ],
    'GET /bench/blob/:key': [{ method: 'GET', path: '/bench/blob/x', token: 'none', expect: [404] }],
    'POST /bench/noop': [{ method: 'POST', path: '/bench/noop', token: 'none', body: {}, expect: [404] }],
  })

  async function run(p: Probe, as: 'beta' | 'revoked' | 'none') {
    const headers: Record<string, string> = { ...(p.headers ?? {}) }
    if (as !== 'none') headers.authorization = `Bearer ${as === 'beta' ? beta.token : revoked.token}`
    if (p.body !== undefined) headers['content-type'] = 'application/json'
    const res = await exports.default.fetch(
      new Request(`http://relais.test${p.path}`, {
        method: p.method,
        headers,
        body: p.raw ?? (p.body === undefined ? undefined : JSON.stringify(p.body)),
      }),
    )
    res.webSocket?.accept()
    res.webSocket?.close(1000)
    const text = await res.text()
    seen.push(text)
    return { status: res.status, text }
  }

  it('has a probe for every route of the app', () => {
    const routes = new Set(app.routes.filter((r) => r.method !== 'ALL' && r.method !== 'OPTIONS').map((r) => `${r.method} ${r.path}`))
    expect([...routes].sort()).toEqual(Object.keys(probes()).sort())
  })

  it("answers Beta as if Alpha did not exist, and never with Alpha's data", async () => {
    for (const [route, list] of Object.entries(probes())) {
      for (const p of list) {
        const r = await run(p, p.token ?? 'beta')
        expect(p.expect, `${route}: ${r.status} ${r.text.slice(0, 200)}`).toContain(r.status)
        for (const needle of [
          CANARY,
          CANARY_SEALED,
          'CANARYTERM',
          'Pacific/Chatham',
          alphaOnly,
          'canary-cat',
          CANARY_PUBLIC_KEY,
          CANARY_ENVELOPE,
        ]) {
          expect(r.text, route).not.toContain(needle)
        }
      }
    }
    expect((await state(alpha.token)).items.find((i) => i.id === alphaOnly).status).toBe('new')
    // Beta's figures count Beta's items only (it has one it created in an earlier test, plus others).
    const kpis = await call('GET', '/v1/kpis?range=30d', { token: beta.token })
    const alphaKpis = await call('GET', '/v1/kpis?range=30d', { token: alpha.token })
    expect(kpis.json.totals.created).toBe((await state(beta.token)).items.length)
    expect(alphaKpis.json.totals.created).toBe((await state(alpha.token)).items.length)
  })

  it('answers a revoked member 401 on every authenticated route', async () => {
    for (const [route, list] of Object.entries(probes())) {
      for (const p of list) {
        if (p.token === 'none') continue
        const r = await run(p, 'revoked')
        expect(r.status, route).toBe(401)
      }
    }
  })
})

// Last, so that it searches every response collected above.
describe("all of Beta's responses", () => {
  it('no canary, id or name of the other workspace appears in any response', async () => {
    expect(seen.length).toBeGreaterThan(30)
    const all = seen.join('\n')
    for (const needle of [
      CANARY_PUBLIC_KEY,
      CANARY_ENVELOPE,
      CANARY,
      CANARY_SEALED,
      CANARY_COMMENT,
      sealed(`${CANARY} confidential`),
      alphaComment,
      'canary-cat',
      'CANARYTERM',
      'Pacific/Chatham',
      'Alice',
      'Sam A',
      alpha.workspace.id,
      alpha.member.id,
    ]) {
      expect(all).not.toContain(needle)
    }
  })
})
