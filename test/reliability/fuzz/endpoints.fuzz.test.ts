import fc from 'fast-check'
import * as v from 'valibot'
import { beforeAll, describe, expect, it } from 'vitest'
import { FUZZ_RUNS, SEED, SOAK } from '../settings'
import { workerFetch } from '../worker-fetch'
import { fuzzCase, type FuzzCase, type FuzzContext } from './cases'
import { fuzzFixture, storedState } from './fixture'
import { bodyBytes } from './json-mutations'
import { SPECS, workerRoutes } from './routes'

const RUNS = FUZZ_RUNS || (SOAK ? 100_000 : 10_000)
const SEED_USED = SEED ? Number(SEED) : SOAK ? Math.floor(Math.random() * 2 ** 31) : 20_260_501
const BATCH = 100

const ErrorShape = v.object({
  error: v.object({ code: v.pipe(v.string(), v.minLength(1)), message: v.pipe(v.string(), v.minLength(1)), field: v.optional(v.string()) }),
  expected: v.optional(v.number()),
})
/**
 * What leaks from a crash: stack frames, source positions, SQL errors, error class names.
 * Narrow on purpose: an error may name an unknown key the fuzzer chose, and that is no leak.
 */
const LEAK = /\n\s+at |\bat \S+ \(\S+:\d+:\d+\)|\.(ts|js|mjs):\d+:\d+|SQLITE_|no such (table|column)|(Type|Range|Reference|Syntax)Error: /

let ctx: FuzzContext
let workspaces: string[]
let before: string[]

beforeAll(async () => {
  ;({ ctx, workspaces } = await fuzzFixture())
  before = await Promise.all(workspaces.map(storedState))
})

function request(c: FuzzCase): Request {
  const headers = new Headers(c.headers)
  let body: BodyInit | undefined
  const init: RequestInit & { duplex?: 'half' } = { method: c.method, headers }
  if (c.body) {
    const bytes = bodyBytes(c.body)
    body = bytes
    if (c.framing === 'chunked' || c.framing === 'length-and-chunked') {
      body = chunks(bytes, 16 * 1024)
      init.duplex = 'half'
      if (c.framing === 'length-and-chunked') {
        headers.set('content-length', '40')
        headers.set('transfer-encoding', 'chunked')
      }
    }
    if (c.framing === 'lying-length') headers.set('content-length', '40')
    if (c.framing === 'declared-huge') headers.set('content-length', String(2 ** 40))
  }
  return new Request(`http://relais.test${c.path}`, { ...init, body })
}

function chunks(bytes: Uint8Array, size: number): ReadableStream<Uint8Array> {
  let at = 0
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close()
      controller.enqueue(bytes.slice(at, at + size))
      at += size
    },
  })
}

/** Why an answer is wrong, or null: a 4xx, JSON, the error shape, nothing leaked, nothing echoed at length. */
async function judge(c: FuzzCase, viaRuntime: boolean): Promise<{ status: number; problem: string | null }> {
  let res: Response
  try {
    res = await workerFetch(request(c), viaRuntime)
  } catch (err) {
    return { status: 0, problem: `the worker threw: ${String(err)}` }
  }
  const text = await res.text()
  const problem = (() => {
    if (res.status < 400 || res.status > 499) return `status ${res.status}`
    if (!/^application\/json/.test(res.headers.get('content-type') ?? '')) return `content-type ${res.headers.get('content-type')}`
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      return 'body is not JSON'
    }
    if (!v.is(ErrorShape, json)) return `not the error shape: ${text.slice(0, 200)}`
    if (LEAK.test(text)) return `leaks internals: ${text.slice(0, 300)}`
    if (text.length > 2048) return `echoes ${text.length} bytes of input`
    return null
  })()
  return { status: res.status, problem }
}

function describeCase(c: FuzzCase): string {
  const body = c.body ? ` body=${JSON.stringify(c.body).slice(0, 300)}` : ''
  return `[${c.kind}] ${c.method} ${c.path.slice(0, 200)} headers=${JSON.stringify(c.headers).slice(0, 200)} framing=${c.framing}${body}`
}

describe('error messages', () => {
  it('never quote what the caller sent, and clip unknown key names', async () => {
    const send = (path: string, body: unknown, token?: string) =>
      workerFetch(
        new Request(`http://relais.test${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify(body),
        }),
      ).then((r) => r.json() as Promise<{ error: { field: string; message: string } }>)
    const secret = 'CANARY-plaintext-title'
    const picklist = await send('/v1/invites', { role: secret }, ctx.execToken)
    expect(picklist.error.field).toBe('role')
    expect(JSON.stringify(picklist)).not.toContain(secret)
    const key = `k${'x'.repeat(5000)}`
    const unknown = await send('/v1/workspaces', { name: 'A', displayName: 'B', [key]: secret })
    expect(JSON.stringify(unknown).length).toBeLessThan(1000)
    expect(JSON.stringify(unknown)).not.toContain(secret)
    // Lengths and numbers stay: they say what is wrong without repeating the input.
    const long = await send('/v1/workspaces', { name: 'n'.repeat(121), displayName: 'B' })
    expect(long.error.message).toBe('name: Invalid length: Expected <=120 but received 121')
  })
})

describe(`fuzzing every endpoint (${RUNS} requests, seed ${SEED_USED})`, () => {
  it('has a fuzz spec for exactly the routes the worker serves', () => {
    expect(Object.keys(SPECS).sort()).toEqual(workerRoutes())
  })

  it('answers every malformed request with a JSON 4xx, and stores nothing', async () => {
    const failures: string[] = []
    const kinds: Record<string, number> = {}
    const statuses: Record<number, number> = {}
    const perRoute: Record<string, number> = {}
    const arb = fuzzCase(ctx)
    for (let batch = 0; batch * BATCH < RUNS; batch++) {
      // One seed per batch: cases are made a batch at a time, so megabyte bodies never pile up.
      const cases = fc.sample(arb, { seed: SEED_USED + batch, numRuns: Math.min(BATCH, RUNS - batch * BATCH) })
      // The first case of each of the first 100 batches goes through the runtime's entrypoint (whose
      // cost grows with every call, see worker-fetch.ts), the rest straight to the worker's fetch.
      const results = await Promise.all(cases.map((c, i) => judge(c, i === 0 && batch < 100)))
      results.forEach((r, i) => {
        const c = cases[i]!
        kinds[c.kind] = (kinds[c.kind] ?? 0) + 1
        perRoute[c.route] = (perRoute[c.route] ?? 0) + 1
        statuses[r.status] = (statuses[r.status] ?? 0) + 1
        if (r.problem && failures.length < 20) failures.push(`batch ${batch} case ${i}: ${r.problem}\n    ${describeCase(c)}`)
      })
    }
    const after = await Promise.all(workspaces.map(storedState))
    console.log(
      `fuzz seed ${SEED_USED}: ${RUNS} requests\n  kinds ${JSON.stringify(kinds)}\n  statuses ${JSON.stringify(statuses)}\n  routes ${JSON.stringify(perRoute)}`,
    )
    if (failures.length)
      console.error(
        `fuzz seed ${SEED_USED}; replay: SEED=${SEED_USED} FUZZ_RUNS=${RUNS} npx vitest run -c test/vitest.reliability.config.ts test/reliability/fuzz\n${failures.join('\n')}`,
      )
    expect(failures, `seed ${SEED_USED}`).toEqual([])
    expect(after, 'stored state of the fuzzed workspaces').toEqual(before)
    expect(Object.keys(perRoute).sort()).toEqual(workerRoutes())
  })
})
