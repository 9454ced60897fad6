import { describe, expect, it } from 'vitest'
import { fromBase64url, toBase64url } from '../../../shared/base64url'
import { generateDeviceKey, unwrap, wrapFor } from '../../../extension/crypto/device-key'
import { EnvelopeSchema, DevicePublicKeySchema } from '../../../shared/schema/keys'
import * as v from 'valibot'

describe('key envelopes', () => {
  it('wraps a workspace key that only the addressed device opens', async () => {
    const sam = await generateDeviceKey()
    const kim = await generateDeviceKey()
    expect(v.is(DevicePublicKeySchema, sam.publicKey)).toBe(true)
    const raw = crypto.getRandomValues(new Uint8Array(32))
    const envelope = await wrapFor(sam.publicKey, 'k2', raw)
    expect(v.is(EnvelopeSchema, envelope)).toBe(true)
    expect(envelope).not.toContain(toBase64url(raw))
    expect(await unwrap(sam, 'k2', envelope)).toEqual(raw)
    expect(await unwrap(kim, 'k2', envelope)).toBeNull()
    // Bound to its key id: the server cannot relabel it.
    expect(await unwrap(sam, 'k3', envelope)).toBeNull()
    const tampered = fromBase64url(envelope)
    tampered[tampered.length - 1]! ^= 1
    expect(await unwrap(sam, 'k2', toBase64url(tampered))).toBeNull()
  })

  it('uses a fresh ephemeral key for each envelope', async () => {
    const sam = await generateDeviceKey()
    const raw = crypto.getRandomValues(new Uint8Array(32))
    const a = await wrapFor(sam.publicKey, 'k2', raw)
    const b = await wrapFor(sam.publicKey, 'k2', raw)
    expect(a.slice(0, 80)).not.toBe(b.slice(0, 80))
  })
})
