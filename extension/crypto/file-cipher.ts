import { LIMITS } from '../../shared/limits'
import { chunkCount, FILE_CHUNK_CIPHER_BYTES, type FileRef } from '../../shared/schema/files'
import { fromBase64url, toBase64url } from '../../shared/base64url'

/**
 * Files are sealed with the workspace key in chunks of 1 MiB, AES-GCM each, in the manner of
 * the STREAM construction: chunk i's nonce is the file's random 8-byte prefix followed by i
 * (32 bits), and its associated data binds the file id, i, the chunk count and a final flag. So a
 * chunk moved to another place, another file or another count, a dropped chunk and a truncated
 * file all fail to open. Nonces are derived, not drawn per chunk: re-encrypting a chunk for a
 * resumed upload gives the very same bytes, so a retried chunk replaces its twin on the server.
 */
const LABEL = new TextEncoder().encode('relais-file/1')

export class FileCipherError extends Error {}

/** A new file's reference: the part of its description that only members' devices see. */
export function newFileRef(file: { id: string; name: string; type: string; size: number }, keyId: string): FileRef {
  if (file.size > LIMITS.fileBytes) throw new FileCipherError('too large')
  return { ...file, keyId, prefix: toBase64url(crypto.getRandomValues(new Uint8Array(8))) }
}

function nonce(ref: FileRef, index: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(12)
  out.set(fromBase64url(ref.prefix).subarray(0, 8), 0)
  new DataView(out.buffer).setUint32(8, index)
  return out
}

function associated(ref: FileRef, index: number, count: number): Uint8Array<ArrayBuffer> {
  const id = new TextEncoder().encode(ref.id)
  const out = new Uint8Array(LABEL.length + 1 + id.length + 9)
  out.set(LABEL, 0)
  out[LABEL.length] = id.length
  out.set(id, LABEL.length + 1)
  const tail = new DataView(out.buffer, LABEL.length + 1 + id.length)
  tail.setUint32(0, index)
  tail.setUint32(4, count)
  tail.setUint8(8, index === count - 1 ? 1 : 0)
  return out
}

/** The plaintext of chunk `index` of a file's bytes. */
export function plainChunk(data: Uint8Array<ArrayBuffer>, index: number): Uint8Array<ArrayBuffer> {
  return data.subarray(index * LIMITS.fileChunkBytes, (index + 1) * LIMITS.fileChunkBytes)
}

export async function encryptChunk(
  key: CryptoKey,
  ref: FileRef,
  index: number,
  plain: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  const count = chunkCount(ref.size)
  if (index >= count) throw new FileCipherError('no such chunk')
  const cipher = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: nonce(ref, index), additionalData: associated(ref, index, count) },
    key,
    plain,
  )
  return new Uint8Array(cipher)
}

export async function decryptChunk(
  key: CryptoKey,
  ref: FileRef,
  index: number,
  cipher: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  const count = chunkCount(ref.size)
  const expected = index < count - 1 ? FILE_CHUNK_CIPHER_BYTES : ref.size - (count - 1) * LIMITS.fileChunkBytes + 16
  if (index >= count || cipher.length !== expected) throw new FileCipherError('chunk out of place')
  try {
    return new Uint8Array(
      await crypto.subtle.decrypt({ name: 'AES-GCM', iv: nonce(ref, index), additionalData: associated(ref, index, count) }, key, cipher),
    )
  } catch {
    throw new FileCipherError('chunk does not open')
  }
}

/**
 * Opens a whole file, chunk by chunk as `fetchChunk` brings them, into one buffer of exactly
 * `ref.size` bytes. Throws if any chunk fails: nothing half-opened is ever handed out.
 */
export async function decryptFile(
  keys: ReadonlyMap<string, CryptoKey>,
  ref: FileRef,
  fetchChunk: (index: number) => Promise<Uint8Array<ArrayBuffer>>,
  onChunk?: (done: number, count: number) => void,
): Promise<Uint8Array<ArrayBuffer>> {
  const key = keys.get(ref.keyId)
  if (!key) throw new FileCipherError('no key for this file')
  const count = chunkCount(ref.size)
  const out = new Uint8Array(ref.size)
  for (let i = 0; i < count; i++) {
    const plain = await decryptChunk(key, ref, i, await fetchChunk(i))
    out.set(plain, i * LIMITS.fileChunkBytes)
    onChunk?.(i + 1, count)
  }
  return out
}
