// sync.push_throughput_ratio: mutations per second through POST /v1/sync/push (100 createItem
// mutations per request, several clients in parallel) divided by requests per second of a
// no-op POST (worker/src/routes/bench.ts) on the same workerd, in alternating windows of the
// same length and concurrency, so both see the same machine.
import { client, clientId, pairOverHttp } from './lib/api.mjs'
import { content, itemId, meta } from './lib/items.mjs'
import { computed, failed, repeat } from './lib/result.mjs'
import { median } from './lib/stats.mjs'
import { importKey, newKeyRaw, seal } from './lib/seal.mjs'

/** The rows this benchmark reports, also recorded as failed if it crashes. */
export const names = ['sync.push_throughput_ratio']

export const needsWorker = true
const CLIENTS = 4
const PER_PUSH = 100
const WINDOW_MS = 1500
const RUNS = { warmup: 1, runs: 5 }

export async function run({ worker }) {
  try {
    const noop = await fetch(`${worker.url}/bench/noop`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
    if (noop.status !== 200) throw new Error(`POST /bench/noop answered ${noop.status}: start the worker with BENCH_ROUTES=1`)
    const sealed = await sealedPool()
    // Several devices of one workspace: one Durable Object serialises them all (the hard case).
    const one = await pairOverHttp(worker.url, 'Bench push')
    const shared = Array.from({ length: CLIENTS }, () => pusher(worker.url, one.exec.token, sealed))
    // The same clients, each in a workspace of its own: objects in parallel.
    const spread = []
    for (let i = 0; i < CLIENTS; i++)
      spread.push(pusher(worker.url, (await pairOverHttp(worker.url, `Bench push ${i}`)).exec.token, sealed))

    const rounds = await repeat(RUNS, async () => ({
      noop: await windowRate(() => noopClients(worker.url)),
      shared: await windowRate(() => shared),
      spread: await windowRate(() => spread),
    }))
    const noopRate = median(rounds.map((r) => r.noop))
    const row = (name, key, note) => {
      const ratios = rounds.map((r) => r[key] / r.noop)
      return computed(name, '×', median(ratios), {
        runs: rounds.length,
        min: Math.min(...ratios),
        max: Math.max(...ratios),
        baseline: { name: `no-op POST, requests/s (${CLIENTS} clients)`, value: noopRate },
        ratio: median(ratios),
        note: `${note}; ${Math.round(median(rounds.map((r) => r[key])))} mutations/s`,
      })
    }
    return [
      row('sync.push_throughput_ratio', 'shared', `goal ≥ 0.5; ${CLIENTS} clients, one workspace, ${PER_PUSH} mutations per push`),
      row('sync.push_throughput_spread_ratio', 'spread', `${CLIENTS} clients, one workspace each`),
    ]
  } catch (err) {
    return [failed('sync.push_throughput_ratio', '×', err)]
  }
}

/** Runs the clients side by side for one window; returns units (mutations or requests) per second. */
async function windowRate(makeClients) {
  const clients = makeClients()
  const until = performance.now() + WINDOW_MS
  const t0 = performance.now()
  const counts = await Promise.all(
    clients.map(async (c) => {
      let n = 0
      while (performance.now() < until) n += await c.send()
      return n
    }),
  )
  return counts.reduce((a, b) => a + b, 0) / ((performance.now() - t0) / 1000)
}

/** A device pushing new items: numbered mutations, unique item ids, realistic sealed sizes. */
function pusher(url, token, sealed) {
  const api = client(url, token)
  const cid = clientId('push')
  let next = 1
  let n = 0
  return {
    send: async () => {
      const mutations = []
      for (let i = 0; i < PER_PUSH; i++, n++) {
        mutations.push({
          id: next++,
          name: 'createItem',
          args: { item: { id: itemId(), sealed: sealed[n % sealed.length], meta: meta(n) } },
        })
      }
      const reply = await api.push(cid, mutations)
      if (reply.lastMutationId !== next - 1) throw new Error(`push acknowledged ${reply.lastMutationId}, expected ${next - 1}`)
      return PER_PUSH - reply.rejected.length
    },
  }
}

function noopClients(url) {
  return Array.from({ length: CLIENTS }, () => ({
    send: async () => {
      const res = await fetch(`${url}/bench/noop`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
      await res.arrayBuffer()
      if (res.status !== 200) throw new Error(`no-op answered ${res.status}`)
      return 1
    },
  }))
}

/** Sealing costs the client, not the server: a pool sealed once is reused. */
async function sealedPool() {
  const key = await importKey(newKeyRaw())
  return Promise.all(Array.from({ length: 50 }, (_, i) => seal(content(i), 'k1', key)))
}
