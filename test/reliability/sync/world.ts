import { abortAllDurableObjects } from 'cloudflare:test'
import { syncWorkspace } from '../../../extension/sync/engine'
import { createWorkspace, invite } from '../api'
import { Device, type Member } from './device'
import { inDevice } from './device-context'
import { DEFAULT_RATES, Network, type FaultRates } from './network'
import { Prng } from './prng'
import { checkDuring } from './checks'
import { installRecorder, plantAbort, plantThrow } from './server'
import { act } from './user-actions'

export type RunOptions = { seed: number; steps: number; rates?: FaultRates }

/**
 * One randomized run: a workspace on the real worker, an executive and assistants on 3–5
 * devices running the extension's sync engine, and a seed that picks every action and fault.
 */
export class World {
  readonly prng: Prng
  readonly trace: string[] = []
  readonly network: Network
  devices: Device[] = []
  assistants: Member[] = []
  workspaceId = ''
  readonly key = new Uint8Array(32)
  step = 0
  readonly counts: Record<string, number> = {}
  /** Broken moment-to-moment invariants, reported with the final checks. */
  readonly violations: string[] = []

  constructor(readonly options: RunOptions) {
    this.prng = new Prng(options.seed)
    this.network = new Network(this.prng, options.rates ?? DEFAULT_RATES, (line) => {
      this.log(line)
      this.count(`net:${line.trim().split(' ')[1]}`)
    })
  }

  log(line: string): void {
    this.trace.push(line)
    if (this.trace.length > 400) this.trace.splice(0, 100)
  }

  count(what: string): void {
    this.counts[what] = (this.counts[what] ?? 0) + 1
  }

  async setUp(): Promise<void> {
    const p = this.prng
    const runId = `s${this.options.seed}r${Math.random().toString(36).slice(2, 7)}`
    const exec = await createWorkspace('Reliability', 'Claire')
    this.workspaceId = exec.workspace.id
    await installRecorder(this.workspaceId)
    const executive: Member = { id: exec.member.id, role: 'executive', token: exec.token, name: 'Claire' }
    for (const name of ['Sam', 'Lou']) {
      const s = await invite(exec.token, 'assistant', name)
      this.assistants.push({ id: s.member.id, role: 'assistant', token: s.token, name })
    }
    // 3–5 devices: the executive on one or two, each assistant on one, sometimes Sam on two.
    const layout: [string, Member][] = [
      ['e1', executive],
      ['a1', this.assistants[0]!],
      ['a2', this.assistants[1]!],
    ]
    if (p.chance(0.6)) layout.push(['e2', executive])
    if (p.chance(0.4)) layout.push(['a1b', this.assistants[0]!])
    for (let i = 0; i < this.key.length; i++) this.key[i] = p.int(0, 255)
    for (const [tag, member] of layout) {
      const d = new Device(tag, member, this.workspaceId, runId)
      await d.pair('Reliability', this.key)
      this.devices.push(d)
    }
    this.log(`seed ${this.options.seed}: devices ${this.devices.map((d) => d.tag).join(', ')}`)
  }

  async run(): Promise<void> {
    for (this.step = 1; this.step <= this.options.steps; this.step++) {
      for (const d of this.devices) {
        if (!d.online && this.step >= d.offlineUntil) {
          d.online = true
          this.log(`${this.step} ${d.tag} back online`)
          this.reconnect(d)
        }
      }
      await this.oneStep()
      await this.quiesce()
      this.violations.push(...(await checkDuring(this, this.step % 10 === 0)))
    }
  }

  private async oneStep(): Promise<void> {
    const p = this.prng
    const kind = p.weighted({
      act: 50,
      sync: 28,
      offline: 4,
      flap: 4,
      server: 7,
      release: this.network.held.length ? 10 : 0,
      late: this.network.late.length ? 3 : 0,
    })
    this.count(kind)
    switch (kind) {
      case 'act': {
        // Often on a device whose round waits on the network: the user keeps working meanwhile.
        const busy = this.devices.filter((d) => d.round)
        return act(this, busy.length && p.chance(0.4) ? p.pick(busy) : p.pick(this.devices))
      }
      case 'sync': {
        const idle = this.devices.filter((d) => !d.round)
        if (idle.length) this.startRound(p.pick(idle))
        return
      }
      case 'offline': {
        const d = p.pick(this.devices)
        d.online = false
        d.offlineUntil = this.step + p.int(3, 30)
        this.log(`${this.step} ${d.tag} offline until step ${d.offlineUntil}`)
        return
      }
      case 'flap': {
        // The link drops and comes back within a step, often while a round is out: the round
        // fails or carries on, and the flush on reconnect queues behind it.
        const d = p.pick(this.devices)
        d.online = false
        this.log(`${this.step} ${d.tag} flaps`)
        if (!d.round && p.chance(0.5)) await this.startRound(d)
        d.online = true
        this.reconnect(d)
        return
      }
      case 'release':
        return this.network.release(p.int(0, this.network.held.length - 1), p.chance(0.25))
      case 'late':
        return this.network.deliverLate(p.int(0, this.network.late.length - 1))
      case 'server':
        return this.serverFault()
    }
  }

  private async serverFault(): Promise<void> {
    const p = this.prng
    const fault = p.weighted({ evict: 4, throw: 3, abort: 3 })
    this.count(`server:${fault}`)
    if (fault === 'evict') {
      this.log(`${this.step} server: evict every Durable Object`)
      await abortAllDurableObjects()
    } else if (fault === 'throw') {
      const method = p.pick(['putItem', 'putComment', 'setLastMutationId'] as const)
      const n = p.int(1, 4)
      this.log(`${this.step} server: plant a throw at ${method} call ${n}`)
      await plantThrow(this.workspaceId, method, n)
    } else {
      const n = p.int(1, 4)
      this.log(`${this.step} server: plant an abort at item write ${n}`)
      await plantAbort(this.workspaceId, n)
    }
  }

  /**
   * The network is back for a device: the background flushes and pulls at once (the live
   * socket opened, or an `online` event). A round already out goes first, as under the lock.
   */
  reconnect(d: Device): void {
    this.count('reconnect')
    if (d.round) d.again = true
    else void this.startRound(d)
  }

  /** A sync round, one at a time per device as the background's Web Lock ensures. */
  startRound(d: Device): Promise<void> {
    if (d.round) return d.round
    this.log(`${this.step} ${d.tag} sync`)
    const transport = this.network.transport(d, (lmid) => d.onAck(lmid))
    d.round = inDevice(d.scope, () => syncWorkspace(this.workspaceId, transport))
      .then((outcome) => {
        d.outcomes.push(outcome)
        this.log(`   ${d.tag} → ${outcome.state}${'message' in outcome ? ` (${outcome.message})` : ''}`)
      })
      .finally(() => {
        d.round = null
        if (d.again) {
          d.again = false
          void this.startRound(d)
        }
      })
    return d.round
  }

  /** Waits until every running round has finished or waits on a held request. */
  async quiesce(): Promise<void> {
    for (;;) {
      const running = this.devices.filter((d) => d.round && d.held === 0)
      if (running.length === 0) return
      await Promise.race(running.map((d) => d.quiet()))
    }
  }

  /**
   * Ends the faults and lets everything drain: held and late requests delivered, planted
   * faults evicted away, then rounds on every device until each outbox is empty and a full
   * pass of pulls brings nothing new.
   */
  async settle(): Promise<void> {
    this.log('settle')
    this.network.faults = false
    for (const d of this.devices) d.online = true
    while (this.network.held.length) {
      await this.network.release(0, false)
      await this.quiesce()
    }
    while (this.network.late.length) await this.network.deliverLate(0)
    await Promise.all(this.devices.map((d) => d.round))
    await abortAllDurableObjects()
    for (let pass = 1; pass <= 20; pass++) {
      let calm = true
      for (const d of this.devices) {
        const before = (await d.database.workspaces.get(this.workspaceId))!.cursor
        await this.startRound(d)
        const outcome = d.outcomes[d.outcomes.length - 1]!
        const after = (await d.database.workspaces.get(this.workspaceId))!.cursor
        const pending = await d.database.outbox.count()
        if (outcome.state !== 'synced' || pending > 0 || before !== after || outcome.changed.length > 0) calm = false
      }
      if (calm) return
    }
    throw new Error('the devices did not settle within 20 passes')
  }

  async tearDown(): Promise<void> {
    await Promise.all(this.devices.map((d) => d.close()))
  }
}
