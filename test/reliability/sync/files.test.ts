import { abortAllDurableObjects, runInDurableObject } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { decryptFile } from '../../../extension/crypto/file-cipher'
import { syncWorkspace } from '../../../extension/sync/engine'
import { fileTransport } from '../../../extension/sync/file-transport'
import { loadKeyRing } from '../../../extension/sync/keys'
import { createItem } from '../../../extension/sync/outbox'
import type { SyncTransport } from '../../../extension/sync/transport'
import { LIMITS } from '../../../shared/limits'
import { chunkCount } from '../../../shared/schema/files'
import { workerFetch } from '../worker-fetch'
import type { Device } from './device'
import { inDevice } from './device-context'
import { World } from './world'

const meta = { priority: 'normal' as const, dueAt: null, assigneeId: null, category: null, confidential: false }

function fileBytes(size: number, seed: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(size)
  for (let i = 0; i < size; i++) out[i] = (i * 31 + seed * 7 + (i >> 12)) & 0xff
  return out
}

async function sha256(data: Uint8Array<ArrayBuffer>): Promise<string> {
  return Buffer.from(await crypto.subtle.digest('SHA-256', data)).toString('hex')
}

type Fault = (method: string, path: string, send: () => Promise<Response>) => Promise<Response>

/** The device's transport with files, over the real worker; `fault` may lose answers or evict objects. */
function transportOf(w: World, d: Device, fault: Fault, log: string[]): SyncTransport {
  const files = fileTransport('http://relais.test', d.token, (url, init) => {
    const method = init.method ?? 'GET'
    const path = new URL(url).pathname
    log.push(`${method} ${path}`)
    return fault(method, path, () => workerFetch(new Request(url, init)))
  })
  return { ...w.network.transport(d, (lmid) => d.onAck(lmid)), files }
}

const clean: Fault = (_m, _p, send) => send()

describe('attachments under faults', () => {
  it('loses none, stores none twice, resumes partial uploads, and survives evictions mid-upload', async () => {
    const w = new World({ seed: 7, steps: 0 })
    await w.setUp()
    w.network.faults = false
    const e1 = w.devices.find((d) => d.tag === 'e1')!
    const a1 = w.devices.find((d) => d.tag === 'a1')!
    const big = fileBytes(2 * LIMITS.fileChunkBytes + 12345, 1)
    const small = fileBytes(777, 2)
    const itemId = await inDevice(e1.scope, () =>
      createItem(w.workspaceId, { title: 'Payer la facture', note: '', source: { kind: 'manual' } }, meta, [
        { name: 'facture-2026-12.pdf', type: 'application/pdf', data: big },
        { name: 'bon de commande.csv', type: 'text/csv', data: small },
      ]),
    )
    // Queued with its outbox entry, in the same transaction.
    expect(await e1.database.uploads.count()).toBe(2)
    expect(await e1.database.outbox.count()).toBe(1)

    // Round 1: offline for files after the first chunk of the big one lands (its answer is lost).
    const log: string[] = []
    let chunkPuts = 0
    const outcome1 = await inDevice(e1.scope, () =>
      syncWorkspace(
        w.workspaceId,
        transportOf(
          w,
          e1,
          async (method, path, send) => {
            if (method === 'PUT' && path.includes('/chunks/')) {
              chunkPuts++
              if (chunkPuts === 1) {
                await (await send()).arrayBuffer()
                throw new TypeError('connection reset')
              }
              throw new TypeError('offline')
            }
            return send()
          },
          log,
        ),
      ),
    )
    expect(outcome1.state).toBe('offline')
    const stalled = (await e1.database.uploads.toArray()).find((u) => u.ref.size === big.length)!
    expect(stalled.sent).toBe(0)

    // Round 2: every Durable Object is evicted right after the second chunk is stored.
    let evicted = false
    const outcome2 = await inDevice(e1.scope, () =>
      syncWorkspace(
        w.workspaceId,
        transportOf(
          w,
          e1,
          async (method, path, send) => {
            const r = await send()
            if (!evicted && method === 'PUT' && path.endsWith('/chunks/1')) {
              evicted = true
              await abortAllDurableObjects()
              throw new TypeError('connection reset')
            }
            return r
          },
          log,
        ),
      ),
    )
    expect(evicted).toBe(true)
    expect(outcome2.state).toBe('offline')

    // Round 3: a clean network; the upload resumes where the server is.
    const outcome3 = await inDevice(e1.scope, () => syncWorkspace(w.workspaceId, transportOf(w, e1, clean, log)))
    expect(outcome3.state).toBe('synced')
    expect(await e1.database.uploads.count()).toBe(0)
    // Chunk 0 of the big file was stored in round 1 (its answer lost): round 2 found it there and never sent it again.
    const bigId = stalled.fileId
    expect(log.filter((l) => l === `PUT /v1/files/${bigId}/chunks/0`)).toHaveLength(1)

    // On the server: both files complete, each chunk stored once, nothing else.
    const rows = await runInDurableObject(env.WORKSPACES.get(env.WORKSPACES.idFromName(w.workspaceId)), (_i, state) => ({
      files: state.storage.sql.exec('SELECT id, state, chunks FROM files ORDER BY id').toArray(),
      chunks: Number(state.storage.sql.exec('SELECT COUNT(*) AS n FROM file_chunks').toArray()[0]!.n),
    }))
    expect(rows.files.map((f) => f.state)).toEqual(['complete', 'complete'])
    expect(rows.chunks).toBe(chunkCount(big.length) + chunkCount(small.length))
    const objects = await env.FILES.list({ prefix: `${w.workspaceId}/` })
    expect(objects.objects).toHaveLength(chunkCount(big.length) + chunkCount(small.length))

    // The assistant pulls the item, and opens both files with the same bytes.
    expect((await inDevice(a1.scope, () => syncWorkspace(w.workspaceId, transportOf(w, a1, clean, [])))).state).toBe('synced')
    const item = await a1.database.items.get(itemId)
    const refs = item!.content!.files!
    expect(refs.map((r) => r.name)).toEqual(['facture-2026-12.pdf', 'bon de commande.csv'])
    const keys = await inDevice(a1.scope, () => loadKeyRing(w.workspaceId))
    const files = fileTransport('http://relais.test', a1.token, (url, init) => workerFetch(new Request(url, init)))
    for (const [ref, original] of [
      [refs[0]!, big],
      [refs[1]!, small],
    ] as const) {
      const opened = await decryptFile(keys!.all, ref, async (i) => {
        const r = await files.getChunk(ref.id, i)
        if (!r.ok) throw new Error(r.kind)
        return r.value
      })
      expect(await sha256(opened)).toBe(await sha256(original))
    }
    await w.tearDown()
  })
})
