import * as v from 'valibot'
import { IdSchema, TimeSchema } from './common'

/**
 * Key rotation without the server ever holding a workspace key: each device publishes an ECDH
 * P-256 public key; after a revocation an executive's device wraps the new workspace key for
 * every remaining device. The server stores and routes envelopes it cannot open.
 */
const Base64url = (min: number, max: number) =>
  v.pipe(v.string(), v.minLength(min), v.maxLength(max), v.regex(/^[A-Za-z0-9_-]+$/, 'must be base64url'))

/** An uncompressed P-256 point, base64url: 65 bytes → 87 characters. */
export const DevicePublicKeySchema = Base64url(87, 87)
export const KeyIdSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,32}$/, 'must be 1–32 characters of [A-Za-z0-9_-]'))

export const PublishDeviceKeyRequestSchema = v.strictObject({ publicKey: DevicePublicKeySchema })

export const DevicesResponseSchema = v.object({
  devices: v.array(v.object({ clientId: IdSchema, memberId: IdSchema, publicKey: v.string() })),
})
export type DevicesResponse = v.InferOutput<typeof DevicesResponseSchema>

/** ephemeral public key (65) | IV (12) | AES-GCM(new 32-byte key) (48), base64url. */
export const EnvelopeSchema = Base64url(100, 200)

export const PostKeyRequestSchema = v.strictObject({
  keyId: KeyIdSchema,
  envelopes: v.pipe(v.array(v.strictObject({ clientId: IdSchema, wrapped: EnvelopeSchema })), v.minLength(1), v.maxLength(500)),
})
export type PostKeyRequest = v.InferOutput<typeof PostKeyRequestSchema>

export const KeysQuerySchema = v.strictObject({ clientId: IdSchema })

export const KeysResponseSchema = v.object({
  envelopes: v.array(v.object({ keyId: v.string(), wrapped: v.string(), createdBy: v.string(), createdAt: TimeSchema })),
})
export type KeysResponse = v.InferOutput<typeof KeysResponseSchema>
