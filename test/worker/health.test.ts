import { describe, expect, it } from 'vitest'
import { PROTOCOL_VERSION } from '../../shared/protocol-version'
import { call } from './helpers'

describe('health and errors', () => {
  it('answers /healthz with the protocol version', async () => {
    const r = await call('GET', '/healthz')
    expect(r.status).toBe(200)
    expect(r.json).toEqual({ ok: true, protocolVersion: PROTOCOL_VERSION })
    expect(r.headers.get('content-type')).toMatch(/application\/json/)
  })
  it('answers unknown paths with a JSON 404', async () => {
    const r = await call('GET', '/v1/nope')
    expect(r.status).toBe(404)
    expect(r.json.error.code).toBe('not_found')
  })
})
