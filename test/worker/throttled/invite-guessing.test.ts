import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { call, createWorkspace, uid } from '../helpers'

// This project runs with INVITE_ATTEMPTS_PER_MINUTE=3.
const LIMIT = Number(env.INVITE_ATTEMPTS_PER_MINUTE)

const accept = (code: string, ip: string) =>
  call('POST', '/v1/invites/accept', { body: { code, displayName: 'Guesser' }, headers: { 'cf-connecting-ip': ip } })

async function newCode(token: string) {
  return (await call('POST', '/v1/invites', { token, body: { role: 'assistant' } })).json.code as string
}

const guess = (workspaceId: string) => `${workspaceId}.${'A'.repeat(21)}${Math.floor(Math.random() * 10)}`

describe('invite guessing', () => {
  it('runs with the small test limit', () => {
    expect(LIMIT).toBe(3)
  })

  it('throttles one caller after the limit with 429 and Retry-After, even for a genuine code', async () => {
    const exec = await createWorkspace()
    const other = await createWorkspace('Other')
    const ip = uid('ip')
    for (let i = 0; i < LIMIT; i++) expect((await accept(guess(other.workspace.id), ip)).status).toBe(404)
    const code = await newCode(exec.token)
    const r = await accept(code, ip)
    expect(r.status).toBe(429)
    expect(r.json.error.code).toBe('rate_limited')
    const retryAfter = Number(r.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThanOrEqual(1)
    expect(retryAfter).toBeLessThanOrEqual(60)
    // Another caller is not affected, and the code was not used up by the refused attempt.
    expect((await accept(code, uid('ip'))).status).toBe(201)
  })

  it('throttles guessing against one workspace from many addresses', async () => {
    const exec = await createWorkspace()
    for (let i = 0; i < LIMIT; i++) expect((await accept(guess(exec.workspace.id), uid('ip'))).status).toBe(404)
    const r = await accept(guess(exec.workspace.id), uid('ip'))
    expect(r.status).toBe(429)
    expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0)
    // Other workspaces are not affected.
    const calm = await createWorkspace('Calm')
    expect((await accept(await newCode(calm.token), uid('ip'))).status).toBe(201)
  })

  it('counts a code of a workspace that does not exist against the caller', async () => {
    const ip = uid('ip')
    for (let i = 0; i < LIMIT; i++) expect((await accept('AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAA', ip)).status).toBe(404)
    expect((await accept('AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAA', ip)).status).toBe(429)
  })
})
