import { toJsonSchema } from '@valibot/to-json-schema'
import { describe, expect, it } from 'vitest'
import { PROTOCOL_VERSION } from '../../shared/protocol-version'
import { WIRE_SCHEMAS } from '../../shared/schema/wire'

function fnv1a(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h.toString(36)
}

function wireHash(): string {
  const described = Object.fromEntries(
    Object.entries(WIRE_SCHEMAS).map(([name, schema]) => [name, toJsonSchema(schema, { errorMode: 'ignore' })]),
  )
  return fnv1a(JSON.stringify(described))
}

describe('protocol version', () => {
  it('pins the wire schemas: a change needs a PROTOCOL_VERSION bump and a new hash here', () => {
    // If this fails, you changed a wire shape: bump PROTOCOL_VERSION in shared/protocol-version.ts,
    // add a history line there, and update both values below.
    expect({ version: PROTOCOL_VERSION, hash: wireHash() }).toEqual({ version: 4, hash: '1j8xdx0' })
  })
})
