import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { toBase64url, fromBase64url } from '../../../shared/base64url'
import { formatPairingCode, parsePairingCode } from '../../../extension/crypto/pairing-code'
import { generateKeyBytes, importKey, open, seal, sealedKeyId } from '../../../extension/crypto/seal'
import { ItemContentSchema } from '../../../shared/schema/content'
import { SealedSchema } from '../../../shared/schema/common'

const content = { title: 'Due diligence — data room', note: 'Confidentiel 🔒', source: { kind: 'manual' as const } }

describe('sealing', () => {
  it('round-trips content, and the wire form is opaque base64url the server accepts', async () => {
    const key = { id: 'k1', key: await importKey(await generateKeyBytes()) }
    const sealed = await seal(content, key)
    expect(v.is(SealedSchema, sealed)).toBe(true)
    expect(new TextDecoder().decode(fromBase64url(sealed))).not.toContain('diligence')
    expect(sealedKeyId(sealed)).toBe('k1')
    expect(await open(sealed, new Map([['k1', key.key]]), ItemContentSchema)).toEqual(content)
  })

  it('opens nothing with the wrong key, a tampered payload or a swapped key id', async () => {
    const key = { id: 'k1', key: await importKey(await generateKeyBytes()) }
    const other = await importKey(await generateKeyBytes())
    const sealed = await seal(content, key)
    expect(await open(sealed, new Map([['k1', other]]), ItemContentSchema)).toBeNull()
    expect(await open(sealed, new Map(), ItemContentSchema)).toBeNull()
    const bytes = fromBase64url(sealed)
    bytes[bytes.length - 1]! ^= 1
    expect(await open(toBase64url(bytes), new Map([['k1', key.key]]), ItemContentSchema)).toBeNull()
    const swapped = fromBase64url(sealed)
    swapped[3] = 'x'.charCodeAt(0)
    expect(
      await open(
        toBase64url(swapped),
        new Map([
          ['kx', key.key],
          ['k1', key.key],
        ]),
        ItemContentSchema,
      ),
    ).toBeNull()
  })

  it('keeps old items readable after a key rotation', async () => {
    const k1 = { id: 'k1', key: await importKey(await generateKeyBytes()) }
    const k2 = { id: 'k2', key: await importKey(await generateKeyBytes()) }
    const old = await seal(content, k1)
    const fresh = await seal({ ...content, title: 'new' }, k2)
    const ring = new Map([
      ['k1', k1.key],
      ['k2', k2.key],
    ])
    expect((await open(old, ring, ItemContentSchema))?.title).toBe(content.title)
    expect((await open(fresh, ring, ItemContentSchema))?.title).toBe('new')
  })

  it('rejects content of the wrong shape even when it decrypts', async () => {
    const key = { id: 'k1', key: await importKey(await generateKeyBytes()) }
    const sealed = await seal({ title: 42 }, key)
    expect(await open(sealed, new Map([['k1', key.key]]), ItemContentSchema)).toBeNull()
  })
})

describe('pairing codes', () => {
  it('carries server, invite and key, and refuses anything else', () => {
    const key = toBase64url(new Uint8Array(32).fill(7))
    const code = formatPairingCode({
      server: 'http://127.0.0.1:8787',
      invite: 'abcdefghijklmnopqrstuv.ABCDEFGHIJKLMNOPQRSTUV',
      keyId: 'k1',
      key,
    })
    expect(parsePairingCode(`  ${code}\n`)).toEqual({
      v: 1,
      server: 'http://127.0.0.1:8787',
      invite: 'abcdefghijklmnopqrstuv.ABCDEFGHIJKLMNOPQRSTUV',
      keyId: 'k1',
      key,
    })
    expect(parsePairingCode('RELAIS1-notbase64!!')).toBeNull()
    expect(parsePairingCode(code.replace('RELAIS1-', 'RELAIS2-'))).toBeNull()
    expect(parsePairingCode(formatPairingCode({ server: 'javascript:alert(1)', invite: 'x', keyId: 'k1', key }))).toBeNull()
  })
})
