import { describe, expect, it } from 'vitest'
import { decryptChunk, decryptFile, encryptChunk, newFileRef, plainChunk } from '../../../extension/crypto/file-cipher'
import { generateKeyBytes, importKey } from '../../../extension/crypto/seal'
import { LIMITS } from '../../../shared/limits'
import { chunkCount, cipherSize } from '../../../shared/schema/files'

const MIB = LIMITS.fileChunkBytes

function bytes(size: number, seed: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(size)
  for (let i = 0; i < size; i += 4096) out[i] = (i / 4096 + seed) & 0xff
  return out
}

async function sealFile(key: CryptoKey, data: Uint8Array<ArrayBuffer>, id = 'file-1', keyId = 'k1') {
  const ref = newFileRef({ id, name: 'facture.pdf', type: 'application/pdf', size: data.length }, keyId)
  const chunks: Uint8Array<ArrayBuffer>[] = []
  for (let i = 0; i < chunkCount(data.length); i++) chunks.push(await encryptChunk(key, ref, i, plainChunk(data, i)))
  return { ref, chunks }
}

const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i])

describe('file chunks', async () => {
  const key = await importKey(await generateKeyBytes())
  const keys = new Map([['k1', key]])
  const data = bytes(3 * MIB + 1000, 1)
  const { ref, chunks } = await sealFile(key, data)

  it('round-trips a file of several chunks, and its ciphertext has the announced size', async () => {
    expect(chunks).toHaveLength(4)
    expect(chunks.reduce((n, c) => n + c.length, 0)).toBe(cipherSize(data.length))
    expect(same(await decryptFile(keys, ref, async (i) => chunks[i]!), data)).toBe(true)
  })

  it('round-trips an empty file and a file of exactly one chunk', async () => {
    for (const size of [0, MIB]) {
      const d = bytes(size, 2)
      const sealed = await sealFile(key, d, `f${size}`)
      expect(sealed.chunks).toHaveLength(1)
      expect(same(await decryptFile(keys, sealed.ref, async (i) => sealed.chunks[i]!), d)).toBe(true)
    }
  })

  it('re-encrypts a chunk to the same bytes, so a resumed upload never sends a different twin', async () => {
    expect(same(await encryptChunk(key, ref, 1, plainChunk(data, 1)), chunks[1]!)).toBe(true)
  })

  it('fails when chunks are reordered', async () => {
    const swapped = [chunks[1]!, chunks[0]!, chunks[2]!, chunks[3]!]
    await expect(decryptFile(keys, ref, async (i) => swapped[i]!)).rejects.toThrow()
  })

  it('fails when a chunk is dropped (the next one slides into its place)', async () => {
    const dropped = [chunks[0]!, chunks[2]!, chunks[3]!]
    await expect(decryptFile(keys, ref, async (i) => dropped[i] ?? new Uint8Array(0))).rejects.toThrow()
  })

  it('fails when the file is truncated, even to a whole number of chunks', async () => {
    // The attacker presents the first three chunks as a complete 3-chunk file: the count and
    // the final flag are bound into each chunk, so chunk 2 does not open as a last chunk.
    const short = { ...ref, size: 3 * MIB }
    await expect(decryptFile(keys, short, async (i) => chunks[i]!)).rejects.toThrow()
    await expect(decryptChunk(key, short, 2, chunks[2]!)).rejects.toThrow()
  })

  it('fails when a chunk of another file is spliced in, even at the same index', async () => {
    const other = await sealFile(key, bytes(3 * MIB + 1000, 9), 'file-2')
    const spliced = [chunks[0]!, other.chunks[1]!, chunks[2]!, chunks[3]!]
    await expect(decryptFile(keys, ref, async (i) => spliced[i]!)).rejects.toThrow()
    // Same file id, another upload (another prefix): still refused.
    const again = await sealFile(key, data, 'file-1')
    await expect(decryptChunk(key, ref, 1, again.chunks[1]!)).rejects.toThrow()
  })

  it('fails when one bit of a chunk flips', async () => {
    const flipped = chunks.map((c) => c.slice())
    flipped[2]![100]! ^= 1
    await expect(decryptFile(keys, ref, async (i) => flipped[i]!)).rejects.toThrow()
  })

  it('opens an old file after a key rotation with the key it names, and nothing without it', async () => {
    const newer = await importKey(await generateKeyBytes())
    const ring = new Map([
      ['k1', key],
      ['k2', newer],
    ])
    expect(same(await decryptFile(ring, ref, async (i) => chunks[i]!), data)).toBe(true)
    await expect(decryptFile(new Map([['k2', newer]]), ref, async (i) => chunks[i]!)).rejects.toThrow()
    await expect(decryptFile(new Map([['k1', newer]]), ref, async (i) => chunks[i]!)).rejects.toThrow()
  })

  it('never shows the plaintext in the ciphertext', async () => {
    const text = new TextEncoder().encode('%PDF-1.7 facture Kbis '.repeat(1000))
    const sealed = await sealFile(key, text, 'pdf')
    expect(Buffer.from(text).includes(Buffer.from('facture Kbis'))).toBe(true)
    expect(Buffer.from(sealed.chunks[0]!).includes(Buffer.from('facture'))).toBe(false)
  })
})
