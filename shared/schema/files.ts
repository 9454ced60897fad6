import * as v from 'valibot'
import { LIMITS } from '../limits'
import { IdSchema, TimeSchema } from './common'

/**
 * Attachments. The device encrypts a file in chunks with the workspace key and uploads the
 * ciphertext; the server sees opaque ids and ciphertext sizes, never a name, type or byte in clear.
 * What the file is (name, type, size, key) lives in the sealed item or comment content (`FileRef`).
 */

/** AES-GCM appends a 16-byte tag to each chunk. */
export const FILE_TAG_BYTES = 16
export const FILE_CHUNK_CIPHER_BYTES = LIMITS.fileChunkBytes + FILE_TAG_BYTES
export const FILE_MAX_CHUNKS = Math.ceil(LIMITS.fileBytes / LIMITS.fileChunkBytes)
/** The largest ciphertext of one file: the plaintext limit plus one tag per chunk. */
export const FILE_MAX_CIPHER_BYTES = LIMITS.fileBytes + FILE_MAX_CHUNKS * FILE_TAG_BYTES

/** How many chunks a plaintext of this size makes (an empty file is one chunk: a bare tag). */
export function chunkCount(plainBytes: number): number {
  return Math.max(1, Math.ceil(plainBytes / LIMITS.fileChunkBytes))
}

/** The ciphertext size of a plaintext of this size. */
export function cipherSize(plainBytes: number): number {
  return plainBytes + chunkCount(plainBytes) * FILE_TAG_BYTES
}

/** `PUT /v1/files/:fileId`: declares an upload (or finds it again, to resume). */
export const BeginUploadRequestSchema = v.strictObject({
  itemId: IdSchema,
  /** Ciphertext bytes in all; over the per-file limit the answer is 413. */
  size: v.pipe(v.number(), v.integer(), v.minValue(FILE_TAG_BYTES), v.maxValue(2 ** 40)),
  /** Chunks in all: each but the last carries exactly `FILE_CHUNK_CIPHER_BYTES`. */
  chunks: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(4096)),
})
export type BeginUploadRequest = v.InferOutput<typeof BeginUploadRequestSchema>

export const FileStateSchema = v.picklist(['uploading', 'complete'])

/** What the server knows of a file: nothing a reader could learn the content from. */
export const FileStatusSchema = v.object({
  id: IdSchema,
  itemId: IdSchema,
  size: v.number(),
  chunks: v.number(),
  state: FileStateSchema,
  /** Chunk indices already stored, ascending: an interrupted upload sends only the others. */
  stored: v.array(v.number()),
  uploadedBy: IdSchema,
  createdAt: TimeSchema,
})
export type FileStatus = v.InferOutput<typeof FileStatusSchema>

/** A chunk index in a path: decimal, no sign, no leading zero. */
export const ChunkIndexSchema = v.pipe(v.string(), v.regex(/^(0|[1-9][0-9]{0,3})$/, 'must be a chunk index'), v.transform(Number))

/**
 * A file as the sealed content names it: only members' devices ever read this. `prefix` is the
 * random half of every chunk's nonce; `keyId` the workspace key it was sealed with (after a
 * rotation, older files keep opening with the older key).
 */
export const FileRefSchema = v.object({
  id: IdSchema,
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(500)),
  type: v.pipe(v.string(), v.maxLength(200)),
  size: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.fileBytes)),
  keyId: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,32}$/)),
  prefix: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{11}$/)),
})
export type FileRef = v.InferOutput<typeof FileRefSchema>
