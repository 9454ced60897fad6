import { abortAllDurableObjects } from 'cloudflare:test'
import { readResponse } from '../../../extension/sync/read-response'
import type { SyncTransport } from '../../../extension/sync/transport'
import { PullResponseSchema, PushResponseSchema } from '../../../shared/schema/sync'
import { workerFetch } from '../worker-fetch'
import type { Prng } from './prng'

/** How often each fault hits a request while faults are on (the rest go through untouched). */
export type FaultRates = { hold: number; late: number; duplicate: number; drop: number; evictDuring: number }

export const DEFAULT_RATES: FaultRates = { hold: 0.2, late: 0.04, duplicate: 0.08, drop: 0.08, evictDuring: 0.03 }

type Wire = { method: 'GET' | 'POST'; path: string; token: string; body?: string }

/** What the network needs to know of a device. */
export type Endpoint = { tag: string; token: string; online: boolean; held: number; onHeld: () => void }

type Held = { endpoint: Endpoint; wire: Wire; resolve: (r: Response) => void; reject: (e: unknown) => void }

export class OfflineError extends Error {}

/**
 * The network between the devices and the worker, as unreliable as a seed says. A request may
 * be held (the device waits; others go ahead, so requests reorder across devices), delivered
 * late (the device gives up at once and the request reaches the server later, after newer
 * ones), sent twice, applied with its answer lost, or raced by an eviction of every Durable
 * Object. Responses come from the real worker's fetch handler inside workerd.
 */
export class Network {
  faults = true
  held: Held[] = []
  late: Wire[] = []

  /** `trace` hears of every fault that fires, for the failure report. */
  constructor(
    private readonly prng: Prng,
    private readonly rates: FaultRates = DEFAULT_RATES,
    private readonly trace: (line: string) => void = () => {},
  ) {}

  /** The device's transport: the extension's own response parsing, over this network. */
  transport(endpoint: Endpoint, onAck: (lastMutationId: number) => void): SyncTransport {
    return {
      push: async (body) => {
        const result = await readResponse(
          () => this.send(endpoint, { method: 'POST', path: '/v1/sync/push', token: endpoint.token, body: JSON.stringify(body) }),
          PushResponseSchema,
        )
        if (result.ok) onAck(result.value.lastMutationId)
        return result
      },
      pull: (cursor) =>
        readResponse(
          () =>
            this.send(endpoint, {
              method: 'GET',
              path: `/v1/sync/pull${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`,
              token: endpoint.token,
            }),
          PullResponseSchema,
        ),
    }
  }

  private async send(endpoint: Endpoint, wire: Wire): Promise<Response> {
    const what = `${endpoint.tag} ${wire.method} ${wire.path.split('?')[0]}`
    if (!endpoint.online) throw new OfflineError('offline')
    if (!this.faults) return deliver(wire)
    const p = this.prng
    const isPush = wire.method === 'POST'
    if (p.chance(this.rates.hold)) {
      this.trace(`  net: hold ${what}`)
      return new Promise<Response>((resolve, reject) => {
        this.held.push({ endpoint, wire, resolve, reject })
        endpoint.held++
        endpoint.onHeld()
      })
    }
    if (isPush && p.chance(this.rates.late)) {
      this.trace(`  net: late ${what}`)
      this.late.push(wire)
      throw new OfflineError('timed out')
    }
    if (p.chance(this.rates.duplicate)) {
      const together = p.chance(0.5)
      this.trace(`  net: duplicate ${what}${together ? ' (concurrently)' : ''}`)
      if (together) {
        const [first, second] = await Promise.allSettled([deliver(wire), deliver(wire)])
        if (first.status === 'fulfilled') await first.value.arrayBuffer()
        if (second.status === 'rejected') throw second.reason
        return second.value
      }
      await deliver(wire)
        .then((r) => r.arrayBuffer())
        .catch(() => null)
      return deliver(wire)
    }
    if (p.chance(this.rates.drop)) {
      this.trace(`  net: drop answer of ${what}`)
      const r = await deliver(wire)
      await r.arrayBuffer()
      throw new OfflineError('connection reset')
    }
    if (isPush && p.chance(this.rates.evictDuring)) {
      this.trace(`  net: evict during ${what}`)
      return raceEviction(wire)
    }
    return deliver(wire)
  }

  /** Lets one held request through (with an eviction racing it, sometimes); its device wakes. */
  async release(index: number, withEviction: boolean): Promise<void> {
    const [h] = this.held.splice(index, 1)
    if (!h) return
    this.trace(`  net: release ${h.endpoint.tag} ${h.wire.method} ${h.wire.path.split('?')[0]}${withEviction ? ' racing an eviction' : ''}`)
    h.endpoint.held--
    try {
      h.resolve(await (withEviction ? raceEviction(h.wire) : deliver(h.wire)))
    } catch (err) {
      h.reject(err)
    }
  }

  /** Delivers a request its device gave up on; nobody reads the answer. */
  async deliverLate(index: number): Promise<void> {
    const [wire] = this.late.splice(index, 1)
    if (!wire) return
    this.trace(`  net: late delivery of a push`)
    await deliver(wire)
      .then((r) => r.arrayBuffer())
      .catch(() => null)
  }
}

function deliver(wire: Wire): Promise<Response> {
  const headers: Record<string, string> = { authorization: `Bearer ${wire.token}` }
  if (wire.body !== undefined) headers['content-type'] = 'application/json'
  return workerFetch(new Request(`http://relais.test${wire.path}`, { method: wire.method, headers, body: wire.body }))
}

/** Sends and evicts every Durable Object at the same time: the push lands before, during or after. */
async function raceEviction(wire: Wire): Promise<Response> {
  const [response] = await Promise.allSettled([deliver(wire), abortAllDurableObjects()])
  if (response.status === 'rejected') throw response.reason
  return response.value
}
