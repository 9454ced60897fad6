// @vitest-environment happy-dom
// Id conversions, checked against real Gmail data: fixtures/real/ holds a gmail.js test payload
// (MIT, licence beside it) pairing msg-f:N ids with their hex twins and receive times.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readJslogSlot } from '../../../extension/gmail/jslog'
import { hexToPerm, hexToTime, localPermId, normalizeHex, permToHex } from '../../../extension/gmail/thread-id'
import { decodeUrlToken, encodeUrlToken } from '../../../extension/gmail/url-token'

interface PayloadMessage {
  permId: string
  time: number
}

// A message in this payload is an array: [ "msg-f:N", sender, to, …, receivedMs (index 6), … ].
function payloadMessages(value: unknown, found: PayloadMessage[] = []): PayloadMessage[] {
  if (!Array.isArray(value)) return found
  const [first] = value
  const time: unknown = value[6]
  if (typeof first === 'string' && first.startsWith('msg-f:') && typeof time === 'number') {
    found.push({ permId: first, time })
  }
  for (const item of value) payloadMessages(item, found)
  return found
}

describe('perm id ↔ legacy hex id', () => {
  const raw = readFileSync(join(import.meta.dirname, 'fixtures/real/gmailjs__2022-09-13__fd-embedded-thread-data.json'), 'utf8')
  const messages = payloadMessages(JSON.parse(raw))

  it('matches every message of a real Gmail payload', () => {
    expect(messages.length).toBe(5)
    for (const { permId, time } of messages) {
      const hex = permToHex(permId)
      expect(hex, permId).not.toBeNull()
      // The payload lists each message's hex id too.
      expect(raw.includes(`"${hex}"`), permId).toBe(true)
      expect(hexToPerm(hex ?? '', 'msg')).toBe(permId)
      // The id's top bits are the receive time, to within a second of the payload's own.
      expect(Math.abs((hexToTime(hex ?? '') ?? 0) - time), permId).toBeLessThan(1000)
    }
  })

  it('matches the documented pairs', () => {
    expect(permToHex('msg-f:1743836977043622489')).toBe('18335a7dcae04a59')
    // gmail-to-trello's code comment: #thread-f:1602441164947422913 ↔ 163d03bfda277ec1
    expect(permToHex('#thread-f:1602441164947422913')).toBe('163d03bfda277ec1')
    expect(hexToPerm('163d03bfda277ec1', 'thread')).toBe('thread-f:1602441164947422913')
    expect(hexToTime('18335a7dcae04a59')).toBe(Date.UTC(2022, 8, 13, 7, 2, 17, 6))
  })

  it('rejects what is not an id', () => {
    for (const bad of [
      'undefined',
      '',
      'thread-a:r873907427374440696',
      'thread-f:',
      'thread-f:0',
      'thread-f:99999999999999999999',
      'f:123',
      'msg-f:12x',
    ]) {
      expect(permToHex(bad), bad).toBeNull()
    }
    expect(permToHex(null)).toBeNull()
    expect(normalizeHex('ZZ')).toBeNull()
    expect(normalizeHex('123456789abcdef01')).toBeNull()
    expect(normalizeHex(' 198C6747AABB71A9 ')).toBe('198c6747aabb71a9')
    // Too small to carry a plausible time.
    expect(hexToTime('1')).toBeNull()
  })

  it('keeps local ids of unsynced mail as they are', () => {
    expect(localPermId('#msg-a:r-4437691956637862407')).toBe('msg-a:r-4437691956637862407')
    expect(localPermId('thread-a:r873907427374440696')).toBe('thread-a:r873907427374440696')
    expect(localPermId('msg-f:1')).toBeNull()
  })
})

describe('URL tokens', () => {
  it("matches InboxSDK's encodeDraftUrlId test vector", () => {
    expect(encodeUrlToken('f:1689835521506698369+msg-a:r-4437691956637862407')).toBe(
      'CqMvqmRLbRhtqczNhFhkDQPRFTQBHmDpFpKtPVWGdZHFgscZcWpMKGJpSjgpgpvdSbRMRTSpSxB',
    )
  })

  it('round-trips thread tokens (FMfcg… = thread-f)', () => {
    const token = encodeUrlToken('f:1840959905192440233')
    expect(token).toBe('FMfcgzQcpKmXnVgjxCqmlckGCzvLvdNt')
    expect(decodeUrlToken(token)).toBe('f:1840959905192440233')
    expect(decodeUrlToken('CqMvqmRLbRhtqczNhFhkDQPRFTQBHmDpFpKtPVWGdZHFgscZcWpMKGJpSjgpgpvdSbRMRTSpSxB')).toBe(
      'f:1689835521506698369+msg-a:r-4437691956637862407',
    )
  })

  it('rejects strings outside the alphabet', () => {
    expect(decodeUrlToken('inbox')).toBeNull()
    expect(decodeUrlToken('FMfcgzQcpKmXnVgjxCqmlckGCzvLvdN1')).toBeNull()
    expect(decodeUrlToken('')).toBeNull()
  })
})

describe('jslog', () => {
  const jslog = '20277; u014N:xr6bB; 1:WyIjdGhyZWFkLWY6MTg0MDk1OTkwNTE5MjQ0MDIzMyJd; 4:WyIjbXNnLWY6MTg0MDk1OTkwNTE5MjQ0MDIzMyJd'

  it('reads the thread and message slots', () => {
    expect(readJslogSlot(jslog, 1)).toBe('#thread-f:1840959905192440233')
    expect(readJslogSlot(jslog, 4)).toBe('#msg-f:1840959905192440233')
  })

  it('gives null for missing, non-JSON or non-array slots', () => {
    expect(readJslogSlot(jslog, 2)).toBeNull()
    expect(readJslogSlot(null, 1)).toBeNull()
    expect(readJslogSlot('1:%%%', 1)).toBeNull()
    expect(readJslogSlot(`1:${btoa('{"a":1}')}`, 1)).toBeNull()
    expect(readJslogSlot(`1:${btoa('[1]')}`, 1)).toBeNull()
  })
})
