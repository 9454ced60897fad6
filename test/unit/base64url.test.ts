import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fromBase64url, toBase64url } from '../../shared/base64url'

describe('base64url (shared by the worker and the extension)', () => {
  it('encodes as Node does and decodes back, for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = toBase64url(bytes)
        expect(text).toBe(Buffer.from(bytes).toString('base64url'))
        expect([...fromBase64url(text)]).toEqual([...bytes])
      }),
    )
  })

  it('encodes large buffers (more than one chunk of characters)', () => {
    const bytes = Uint8Array.from({ length: 200_000 }, (_, i) => (i * 7919) & 255)
    expect(toBase64url(bytes)).toBe(Buffer.from(bytes).toString('base64url'))
  })

  it('refuses characters outside the alphabet and impossible lengths, as atob did', () => {
    expect(() => fromBase64url('not base64!')).toThrow()
    expect(() => fromBase64url('abcde')).toThrow()
    expect(() => fromBase64url('é')).toThrow()
  })
})
