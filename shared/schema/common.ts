import * as v from 'valibot'
import { LIMITS } from '../limits'

/** Ids made by clients (items, comments, client ids): 1–64 of [A-Za-z0-9_-]. */
export const IdSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1–64 characters of [A-Za-z0-9_-]'))

/** Milliseconds since the epoch, UTC. */
export const TimeSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15))

/** Opaque AES-GCM payload made on a device; the server stores it and never reads it. */
export const SealedSchema = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(LIMITS.sealedChars, `must be at most ${LIMITS.sealedChars} characters`),
  v.regex(/^[A-Za-z0-9_-]+$/, 'must be base64url'),
)

export const DisplayNameSchema = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(LIMITS.nameChars))

export const ErrorBodySchema = v.object({
  error: v.object({
    code: v.string(),
    message: v.string(),
    field: v.optional(v.string()),
  }),
  expected: v.optional(v.number()),
})
export type ErrorBody = v.InferOutput<typeof ErrorBodySchema>

export const HealthSchema = v.object({ ok: v.literal(true), protocolVersion: v.number() })
