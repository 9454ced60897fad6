import fc from 'fast-check'
import * as v from 'valibot'
import { LIMITS } from '../../../shared/limits'
import { JSON_TYPE } from '../../../worker/src/http/validate'
import { bodyBytes, brokenBody, randomBody, type BodyTemplate } from './json-mutations'
import { SPECS, methodsFor, type RouteSpec } from './routes'

/** The fixture's credentials and ids, for building requests. */
export type FuzzContext = {
  workspaceId: string
  execToken: string
  assistantToken: string
  /** Malformed, forged, truncated, revoked and re-pointed tokens: none authenticates. */
  badTokens: string[]
  /** Ids that exist (members, terms, items): the fuzzer must not address them by chance. */
  knownIds: Set<string>
  /** Real ids per parameterized route, for requests that must fail on something else. */
  realIds: Record<string, string>
}

export type Framing = 'plain' | 'chunked' | 'lying-length' | 'length-and-chunked' | 'declared-huge'

export type FuzzCase = {
  kind: string
  route: string
  method: string
  path: string
  headers: Record<string, string>
  body?: BodyTemplate
  framing: Framing
}

const ROUTES = Object.keys(SPECS)
const routesWith = (test: (s: RouteSpec) => boolean) => ROUTES.filter((r) => test(SPECS[r]!))

const JSON_TYPES = ['application/json', 'application/json; charset=utf-8', 'Application/JSON;charset=UTF-8']
const WRONG_TYPES = fc
  .oneof(
    fc.constantFrom(
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/json-patch+json',
      'application/jsonp',
      'text/json',
      'application/xml',
      '*/*',
      'application/ json',
      'json',
      '',
    ),
    fc.string({ maxLength: 40 }),
  )
  .filter((t) => !JSON_TYPE.test(t))

/** Authorization headers that authenticate nobody. */
function badAuth(ctx: FuzzContext): fc.Arbitrary<string | undefined> {
  return fc.oneof(
    fc.constant(undefined),
    fc.constantFrom(...ctx.badTokens).map((t) => `Bearer ${t}`),
    fc.constantFrom(
      'Bearer',
      'Bearer ',
      'Bearer  x',
      'Basic YTpi',
      'bearer',
      'Token x',
      `bearer ${ctx.execToken}`,
      `Bearer ${ctx.execToken} extra`,
      `Bearer ${ctx.execToken},Bearer x`,
    ),
    fc.string({ maxLength: 300 }).map((s) => `Bearer ${s}`),
    fc.string({ maxLength: 100 }),
  )
}

/** Any credentials, the valid ones most often: the request must fail on its input instead. */
function anyAuth(ctx: FuzzContext): fc.Arbitrary<string | undefined> {
  return fc.oneof(
    { arbitrary: fc.constant(`Bearer ${ctx.execToken}`), weight: 6 },
    { arbitrary: fc.constant(`Bearer ${ctx.assistantToken}`), weight: 2 },
    { arbitrary: badAuth(ctx), weight: 2 },
  )
}

function headers(auth: string | undefined, type?: string, extra: Record<string, string> = {}): Record<string, string> {
  const h: Record<string, string> = { ...extra }
  if (auth !== undefined) h.authorization = auth
  if (type !== undefined) h['content-type'] = type
  return h
}

/** A concrete path for a route: parameters filled with an id that exists nowhere. */
function pathOf(route: string, id = 'nowhere-0000'): string {
  return route.split(' ')[1]!.replace(/:[A-Za-z]+/, id)
}

const methodOf = (route: string) => route.split(' ')[0]!

/** Would the worker accept this body as valid input? Such a case is not malformed: it is dropped. */
function validBody(spec: RouteSpec, body: BodyTemplate, type: string | undefined): boolean {
  if (!spec.body || !JSON_TYPE.test(type ?? '')) return false
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bodyBytes(body))
    return v.is(spec.body.schema, JSON.parse(text))
  } catch {
    return false
  }
}

/** The query as the validator sees it: repeated keys become arrays. */
function validQuery(schema: v.GenericSchema, query: string): boolean {
  const out: Record<string, string | string[]> = {}
  for (const [k, value] of new URLSearchParams(query)) {
    if (k === '') continue
    const prev = out[k]
    out[k] = prev === undefined ? value : [...(Array.isArray(prev) ? prev : [prev]), value]
  }
  return v.is(schema, out)
}

const bodyCase = (ctx: FuzzContext) =>
  fc.constantFrom(...routesWith((s) => !!s.body)).chain((route) => {
    const spec = SPECS[route]!
    const body = fc.oneof({ arbitrary: brokenBody(spec.body!.valid(ctx.workspaceId)), weight: 4 }, { arbitrary: randomBody, weight: 1 })
    return fc
      .record({ body, type: fc.constantFrom(...JSON_TYPES), auth: anyAuth(ctx) })
      .filter(({ body: b, type }) => !validBody(spec, b, type))
      .map(
        ({ body: b, type, auth }): FuzzCase => ({
          kind: 'body',
          route,
          method: methodOf(route),
          path: pathOf(route),
          headers: headers(auth, type),
          body: b,
          framing: 'plain',
        }),
      )
  })

/** A valid body under a content type that is not JSON: 415, nothing stored. */
const typeCase = (ctx: FuzzContext) =>
  fc.constantFrom(...routesWith((s) => !!s.body)).chain((route) => {
    const spec = SPECS[route]!
    return fc.record({ type: fc.option(WRONG_TYPES, { nil: undefined }), auth: anyAuth(ctx) }).map(
      ({ type, auth }): FuzzCase => ({
        kind: 'content-type',
        route,
        method: methodOf(route),
        path: pathOf(route),
        headers: headers(auth, type),
        body: { text: JSON.stringify(spec.body!.valid(ctx.workspaceId)), tweak: { t: 'none' } },
        framing: 'plain',
      }),
    )
  })

const queryPart = fc.oneof(
  fc
    .tuple(fc.string({ unit: 'grapheme', maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 30 }))
    .map(([k, val]) => `${encodeURIComponent(k)}=${encodeURIComponent(val)}`),
  fc
    .tuple(
      fc.constantFrom('lang', 'range', 'cursor'),
      fc.oneof(
        fc.string({ maxLength: 30 }),
        fc.integer({ min: 65, max: 20_000 }).map((n) => 'x'.repeat(n)),
      ),
    )
    .map(([k, val]) => `${k}=${encodeURIComponent(val)}`),
  fc.constantFrom(
    '%',
    '%ZZ',
    '%C3%28',
    '%FF',
    '=',
    '&',
    '==',
    'lang',
    'lang=',
    'lang=fr&lang=en',
    'cursor[]=1',
    '__proto__=1',
    'constructor=x',
    '%00=1',
    'lang=%00',
    'cursor=%F0%9F',
    'range=7d&range=30d',
    'lang[0]=fr',
    'cursor=..%2F..%2F',
  ),
  fc.constantFrom('lang=fr', 'range=7d', 'cursor=abc.1'),
)

const queryCase = (ctx: FuzzContext) =>
  fc.constantFrom(...routesWith((s) => !!s.query)).chain((route) => {
    const spec = SPECS[route]!
    return fc
      .record({
        parts: fc.array(queryPart, { minLength: 1, maxLength: 4 }),
        auth: anyAuth(ctx),
        id: fc.constantFrom('nowhere-0000', ctx.realIds[route] ?? 'nowhere-0000'),
      })
      .map(({ parts, auth, id }) => ({ query: parts.join('&'), auth, id }))
      .filter(({ query }) => !validQuery(spec.query!, query))
      .map(
        ({ query, auth, id }): FuzzCase => ({
          kind: 'query',
          route,
          method: methodOf(route),
          path: `${pathOf(route, id)}?${query}`,
          headers: headers(spec.auth === 'none' ? undefined : auth),
          framing: 'plain',
        }),
      )
  })

const oddId = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }).map(encodeURIComponent),
  fc.constantFrom(
    '..',
    '%2e%2e',
    '%2F',
    '%00',
    'a%2Fb',
    '%C3%28',
    '%',
    '%20',
    'null',
    'undefined',
    '__proto__',
    'constructor',
    'toString',
    '*',
    ';',
    'a.b.c',
  ),
  fc.integer({ min: 65, max: 10_000 }).map((n) => 'x'.repeat(n)),
  fc.stringMatching(/^[A-Za-z0-9_-]{16}$/),
)

const paramCase = (ctx: FuzzContext) =>
  fc.constantFrom(...routesWith((s) => !!s.param)).chain((route) => {
    const spec = SPECS[route]!
    return fc
      .record({ id: oddId, auth: anyAuth(ctx) })
      .filter(({ id }) => {
        try {
          return !ctx.knownIds.has(decodeURIComponent(id))
        } catch {
          return true
        }
      })
      .map(
        ({ id, auth }): FuzzCase => ({
          kind: 'param',
          route,
          method: methodOf(route),
          path: pathOf(route, id),
          headers: headers(spec.auth === 'none' ? undefined : auth),
          framing: 'plain',
        }),
      )
  })

/** A method no route registers for the path (OPTIONS is the CORS preflight, HEAD has no body to check). */
const methodCase = (ctx: FuzzContext) =>
  fc
    .record({
      route: fc.constantFrom(...ROUTES),
      method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH'),
      auth: anyAuth(ctx),
      body: fc.option(randomBody, { nil: undefined }),
    })
    .filter(({ route, method }) => !methodsFor(pathOf(route)).has(method))
    .map(
      ({ route, method, auth, body }): FuzzCase => ({
        kind: 'method',
        route,
        method,
        path: pathOf(route),
        headers: headers(auth, body && method !== 'GET' ? 'application/json' : undefined),
        body: method === 'GET' ? undefined : body,
        framing: 'plain',
      }),
    )

/** An otherwise valid request (valid body or query) with credentials that authenticate nobody. */
const authCase = (ctx: FuzzContext) =>
  fc.constantFrom(...routesWith((s) => s.auth === 'required' || s.auth === 'optional')).chain((route) => {
    const spec = SPECS[route]!
    const auth = spec.auth === 'optional' ? badAuth(ctx).filter((a) => a !== undefined) : badAuth(ctx)
    return auth.map(
      (a): FuzzCase => ({
        kind: 'auth',
        route,
        method: methodOf(route),
        path: pathOf(route, ctx.realIds[route]),
        headers: headers(a, spec.body ? 'application/json' : undefined),
        body: spec.body ? { text: JSON.stringify(spec.body.valid(ctx.workspaceId)), tweak: { t: 'none' } } : undefined,
        framing: 'plain',
      }),
    )
  })

/** The live channel: no upgrade (426), or an upgrade with credentials that authenticate nobody (401). */
const liveCase = (ctx: FuzzContext) =>
  fc.oneof(
    anyAuth(ctx).map(
      (a): FuzzCase => ({
        kind: 'live',
        route: 'GET /v1/sync/live',
        method: 'GET',
        path: '/v1/sync/live',
        headers: headers(a),
        framing: 'plain',
      }),
    ),
    fc
      .record({
        a: badAuth(ctx),
        protocol: fc.oneof(
          fc.constant(undefined),
          fc.constantFrom(...ctx.badTokens).map((t) => `bearer.${t}`),
          fc.string({ maxLength: 60 }),
        ),
      })
      .map(
        ({ a, protocol }): FuzzCase => ({
          kind: 'live',
          route: 'GET /v1/sync/live',
          method: 'GET',
          path: '/v1/sync/live',
          headers: headers(a, undefined, {
            upgrade: 'websocket',
            ...(protocol !== undefined ? { 'sec-websocket-protocol': protocol } : {}),
          }),
          framing: 'plain',
        }),
      ),
  )

/** The bench route answers like an unknown path outside `npm run bench`. */
const offCase = (ctx: FuzzContext) =>
  fc.record({ auth: anyAuth(ctx), body: fc.option(randomBody, { nil: undefined }) }).map(
    ({ auth, body }): FuzzCase => ({
      kind: 'off',
      route: 'POST /bench/noop',
      method: 'POST',
      path: '/bench/noop',
      headers: headers(auth, 'application/json'),
      body,
      framing: 'plain',
    }),
  )

/**
 * Bodies over the limit, however they are framed: chunked, with a Content-Length that lies,
 * with both, or declared too big. The body is the route's valid one padded past the limit
 * (for a push: valid mutations whose total size is over it), so only the size is wrong.
 */
const framingCase = (ctx: FuzzContext) =>
  fc
    .record({
      route: fc.constantFrom(...routesWith((s) => !!s.body)),
      framing: fc.constantFrom<Framing>('chunked', 'lying-length', 'length-and-chunked', 'declared-huge'),
      size: fc.integer({ min: LIMITS.bodyBytes + 1, max: 4 * LIMITS.bodyBytes }),
    })
    .map(({ route, framing, size }): FuzzCase => {
      const spec = SPECS[route]!
      const valid = spec.body!.valid(ctx.workspaceId) as Record<string, unknown>
      const text = route === 'POST /v1/sync/push' ? oversizePush(valid, size) : JSON.stringify({ ...valid, pad: `@@HUGE:${size}:120@@` })
      return {
        kind: `framing:${framing}`,
        route,
        method: methodOf(route),
        path: pathOf(route),
        headers: headers(`Bearer ${ctx.execToken}`, 'application/json'),
        body: { text, tweak: { t: 'none' } },
        framing,
      }
    })

function oversizePush(valid: Record<string, unknown>, size: number): string {
  const n = Math.ceil(size / (LIMITS.sealedChars - 100))
  const mutations = Array.from({ length: n }, (_, i) => ({
    id: i + 1,
    name: 'createItem',
    args: {
      item: {
        id: `big-${i}`,
        sealed: `@@HUGE:${LIMITS.sealedChars - 100}:65@@`,
        meta: { priority: 'low', dueAt: null, assigneeId: null, category: null, confidential: false },
      },
    },
  }))
  return JSON.stringify({ ...valid, mutations })
}

export function fuzzCase(ctx: FuzzContext): fc.Arbitrary<FuzzCase> {
  return fc.oneof(
    { arbitrary: bodyCase(ctx), weight: 35 },
    { arbitrary: queryCase(ctx), weight: 12 },
    { arbitrary: paramCase(ctx), weight: 8 },
    { arbitrary: methodCase(ctx), weight: 12 },
    { arbitrary: authCase(ctx), weight: 16 },
    { arbitrary: typeCase(ctx), weight: 6 },
    { arbitrary: liveCase(ctx), weight: 4 },
    { arbitrary: offCase(ctx), weight: 2 },
    { arbitrary: framingCase(ctx), weight: 2 },
  )
}
