// files.roundtrip_10mib_ms: the executive attaches 10 MiB (encrypted in 1 MiB chunks, declared,
// sent chunk by chunk, completed) → the assistant holds the decrypted bytes (chunks fetched and
// opened), with the extension's own cipher and transport code against the worker. Beside it, in
// the same run, files.bare_r2_roundtrip_10mib_ms: the same bytes PUT then GET in one request each
// through the same worker and R2 binding (worker/src/routes/bench.ts), and their ratio.
import { randomBytes } from 'node:crypto'
import { clientId, client, pairOverHttp } from './lib/api.mjs'
import { importTs } from './lib/esbuild.mjs'
import { computed, failed, measured, repeat } from './lib/result.mjs'
import { median } from './lib/stats.mjs'

export const names = ['files.roundtrip_10mib_ms', 'files.bare_r2_roundtrip_10mib_ms', 'files.roundtrip_10mib_ratio']
export const needsWorker = true
const SIZE = 10 * 1024 * 1024
const RUNS = { warmup: 1, runs: 5 }

export async function run({ worker }) {
  try {
    const f = await importTs('bench/files-entry.ts')
    const probe = await fetch(`${worker.url}/bench/blob/probe`)
    if (probe.status === 404 && (await probe.text()).includes('No such endpoint')) {
      const put = await fetch(`${worker.url}/bench/blob/probe`, {
        method: 'PUT',
        headers: { 'content-type': 'application/octet-stream' },
        body: new Uint8Array(1),
      })
      if (put.status !== 204) throw new Error(`PUT /bench/blob answered ${put.status}: start the worker with BENCH_ROUTES=1`)
    }
    const { exec, assistant } = await pairOverHttp(worker.url, 'Bench files')
    const key = await f.importKey(new Uint8Array(randomBytes(32)))
    const keys = new Map([['k1', key]])
    const data = new Uint8Array(randomBytes(SIZE))
    const up = f.fileTransport(worker.url, exec.token)
    const down = f.fileTransport(worker.url, assistant.token)
    const cid = clientId('files')
    let mutation = 1

    const rounds = await repeat(RUNS, async (i) => {
      // The item exists first (the extension uploads after its push); not timed.
      const itemId = `bench-item-${i < 0 ? 'w' : i}-${randomBytes(4).toString('hex')}`
      await client(worker.url, exec.token).push(cid, [
        {
          id: mutation++,
          name: 'createItem',
          args: {
            item: {
              id: itemId,
              sealed: 'c2VhbGVk',
              meta: { priority: 'normal', dueAt: null, assigneeId: null, category: null, confidential: false },
            },
          },
        },
      ])
      const fileId = `bench-file-${randomBytes(6).toString('hex')}`
      const t0 = performance.now()
      const ref = f.newFileRef({ id: fileId, name: 'facture.pdf', type: 'application/pdf', size: data.length }, 'k1')
      const chunks = f.chunkCount(ref.size)
      must(await up.begin(fileId, { itemId, size: f.cipherSize(ref.size), chunks }))
      for (let c = 0; c < chunks; c++) must(await up.putChunk(fileId, c, await f.encryptChunk(key, ref, c, f.plainChunk(data, c))))
      must(await up.complete(fileId))
      const opened = await f.decryptFile(keys, ref, async (c) => must(await down.getChunk(fileId, c)))
      const roundtrip = performance.now() - t0
      if (opened.length !== data.length || opened[SIZE - 1] !== data[SIZE - 1]) throw new Error('the assistant got other bytes')

      const b0 = performance.now()
      const put = await fetch(`${worker.url}/bench/blob/${fileId}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/octet-stream' },
        body: data,
      })
      if (put.status !== 204) throw new Error(`bare PUT ${put.status}`)
      const got = new Uint8Array(await (await fetch(`${worker.url}/bench/blob/${fileId}`)).arrayBuffer())
      const bare = performance.now() - b0
      if (got.length !== data.length) throw new Error('bare GET returned other bytes')
      return { roundtrip, bare }
    })
    const ratios = rounds.map((r) => r.roundtrip / r.bare)
    const bare = median(rounds.map((r) => r.bare))
    return [
      measured(
        'files.roundtrip_10mib_ms',
        'ms',
        rounds.map((r) => r.roundtrip),
        {
          baseline: { name: 'bare R2 PUT + GET of the same bytes', value: bare },
          ratio: median(ratios),
          note: "1 MiB AES-GCM chunks, sequential, the extension's cipher and transport",
          digits: 0,
        },
      ),
      measured(
        'files.bare_r2_roundtrip_10mib_ms',
        'ms',
        rounds.map((r) => r.bare),
        { note: 'one PUT and one GET through the same worker (BENCH_ROUTES=1)', digits: 0 },
      ),
      computed('files.roundtrip_10mib_ratio', '×', median(ratios), {
        runs: ratios.length,
        min: Math.min(...ratios),
        max: Math.max(...ratios),
        goal: { below: 2 },
        note: 'goal ≤ 2',
      }),
    ]
  } catch (err) {
    return names.map((n) => failed(n, n.endsWith('ratio') ? '×' : 'ms', err))
  }
}

function must(result) {
  if (!result.ok) throw new Error(`${result.kind === 'http' ? `${result.status} ${result.code}` : result.message}`)
  return result.value
}
