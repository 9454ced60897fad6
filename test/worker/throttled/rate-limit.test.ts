import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { call, createWorkspace, invite, pull, push, uid } from '../helpers'

// This project runs with RATE_LIMIT_BURST=20 and RATE_LIMIT_PER_MINUTE=60 (one token a second).
const BURST = Number(env.RATE_LIMIT_BURST)

describe('per-token rate limit', () => {
  it('runs with the small test limits', () => {
    expect(BURST).toBe(20)
    expect(Number(env.RATE_LIMIT_PER_MINUTE)).toBe(60)
  })

  it('answers 429 with Retry-After once the burst is spent, and only for that member', async () => {
    const exec = await createWorkspace()
    const sam = await invite(exec.token)
    const statuses: number[] = []
    for (let i = 0; i < BURST + 5; i++) statuses.push((await call('GET', '/v1/workspace', { token: exec.token })).status)
    // invite() above spent one request of the executive's burst.
    expect(statuses.slice(0, BURST - 1).every((s) => s === 200)).toBe(true)
    expect(statuses.slice(BURST).every((s) => s === 429)).toBe(true)

    const limited = await call('GET', '/v1/workspace', { token: exec.token })
    expect(limited.status).toBe(429)
    expect(limited.json.error.code).toBe('rate_limited')
    const retryAfter = Number(limited.headers.get('retry-after'))
    expect(Number.isInteger(retryAfter)).toBe(true)
    expect(retryAfter).toBeGreaterThanOrEqual(1)
    expect(retryAfter).toBeLessThanOrEqual(2)

    // Every authenticated endpoint counts, and another member of the same workspace is untouched.
    expect((await pull(exec.token)).status).toBe(429)
    expect((await push(exec.token, uid('client'), [])).status).toBe(429)
    expect((await call('GET', '/v1/workspace', { token: sam.token })).status).toBe(200)

    // Waiting as told is enough.
    await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000 + 50))
    expect((await call('GET', '/v1/workspace', { token: exec.token })).status).toBe(200)
  })

  it("does not apply a member's spent budget to a member of another workspace", async () => {
    const a = await createWorkspace('A')
    const b = await createWorkspace('B')
    await Promise.all(Array.from({ length: BURST + 3 }, () => call('GET', '/v1/workspace', { token: a.token })))
    expect((await call('GET', '/v1/workspace', { token: a.token })).status).toBe(429)
    expect((await call('GET', '/v1/workspace', { token: b.token })).status).toBe(200)
  })

  it('answers a bad token with 401, not 429, however often', async () => {
    for (let i = 0; i < BURST + 3; i++) {
      expect((await call('GET', '/v1/workspace', { headers: { authorization: 'Bearer nope' } })).status).toBe(401)
    }
  })
})
