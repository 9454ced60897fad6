import { env, exports } from 'cloudflare:workers'
import { FILE_CHUNK_CIPHER_BYTES } from '../../shared/schema/files'
import { call, uid } from './helpers'

/** Ciphertext-like bytes for a file of `size` bytes, deterministic per seed. */
export function bytesOf(size: number, seed = 1): Uint8Array<ArrayBuffer> {
  const words = new Uint32Array(Math.ceil(size / 4))
  let x = (seed * 2654435761) >>> 0
  for (let i = 0; i < words.length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0
    words[i] = x
  }
  return new Uint8Array(words.buffer, 0, size).slice()
}

/** Byte equality without a deep-equality walk over megabytes (slow on a loaded machine). */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

export function chunksOf(bytes: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer>[] {
  const out: Uint8Array<ArrayBuffer>[] = []
  for (let i = 0; i < bytes.length; i += FILE_CHUNK_CIPHER_BYTES) out.push(bytes.slice(i, i + FILE_CHUNK_CIPHER_BYTES))
  return out
}

export function begin(token: string, fileId: string, itemId: string, size: number, chunks = Math.ceil(size / FILE_CHUNK_CIPHER_BYTES)) {
  return call('PUT', `/v1/files/${fileId}`, { token, body: { itemId, size, chunks } })
}

export async function putChunk(
  token: string,
  fileId: string,
  index: number,
  bytes: Uint8Array<ArrayBuffer>,
  type = 'application/octet-stream',
) {
  const res = await exports.default.fetch(
    new Request(`http://relais.test/v1/files/${fileId}/chunks/${index}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': type },
      body: bytes,
    }),
  )
  const text = await res.text()
  return { status: res.status, json: text ? JSON.parse(text) : null }
}

export async function getChunk(token: string, fileId: string, index: number) {
  const res = await exports.default.fetch(
    new Request(`http://relais.test/v1/files/${fileId}/chunks/${index}`, { headers: { authorization: `Bearer ${token}` } }),
  )
  if (res.status !== 200) return { status: res.status, json: (await res.json()) as any, bytes: null }
  return { status: res.status, json: null, bytes: new Uint8Array(await res.arrayBuffer()), type: res.headers.get('content-type') }
}

export const complete = (token: string, fileId: string) => call('POST', `/v1/files/${fileId}/complete`, { token })

/** Begins, sends every chunk and completes; returns the file id. */
export async function upload(token: string, itemId: string, bytes: Uint8Array<ArrayBuffer>, fileId = uid('file')): Promise<string> {
  const b = await begin(token, fileId, itemId, bytes.length)
  if (b.status !== 201) throw new Error(`begin ${b.status} ${JSON.stringify(b.json)}`)
  for (const [i, chunk] of chunksOf(bytes).entries()) {
    const r = await putChunk(token, fileId, i, chunk)
    if (r.status !== 204) throw new Error(`chunk ${i}: ${r.status} ${JSON.stringify(r.json)}`)
  }
  const c = await complete(token, fileId)
  if (c.status !== 200) throw new Error(`complete ${c.status} ${JSON.stringify(c.json)}`)
  return fileId
}

export async function download(token: string, fileId: string, chunks: number): Promise<Uint8Array> {
  const parts: Uint8Array[] = []
  for (let i = 0; i < chunks; i++) {
    const r = await getChunk(token, fileId, i)
    if (!r.bytes) throw new Error(`download ${i}: ${r.status}`)
    parts.push(r.bytes)
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

/** The R2 keys under a workspace's file. */
export async function r2Keys(workspaceId: string, fileId: string): Promise<string[]> {
  const listed = await env.FILES.list({ prefix: `${workspaceId}/${fileId}/` })
  return listed.objects.map((o) => o.key).sort()
}
