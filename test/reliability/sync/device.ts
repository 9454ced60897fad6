import { toBase64url } from '../../../shared/base64url'
import { RelaisDatabase } from '../../../extension/db/database'
import type { SyncOutcome } from '../../../extension/sync/engine'
import type { Role } from '../../../shared/schema/workspace'
import type { DeviceScope } from './device-context'
import type { Endpoint } from './network'

export type Member = { id: string; role: Role; token: string; name: string }

/** A local change that reached the outbox, as the test remembers it. */
export type Recorded = { mutationId: number; name: string; itemId: string; commentId?: string }

/**
 * One browser profile: its own Dexie database, client id and outbox, a member's token and
 * the workspace key. The extension's code runs for it inside its scope (see device-context).
 */
export class Device implements Endpoint {
  readonly scope: DeviceScope
  readonly clientId: string
  online = true
  offlineUntil = 0
  held = 0
  round: Promise<void> | null = null
  /** Another round is due once the running one ends (the background queues it behind its lock). */
  again = false
  readonly recorded: Recorded[] = []
  /** Highest lastMutationId a push answer ever told this device, and any step backwards. */
  acked = 0
  readonly ackRegressions: string[] = []
  readonly outcomes: SyncOutcome[] = []
  private heldWaiters: (() => void)[] = []

  constructor(
    readonly tag: string,
    readonly member: Member,
    readonly workspaceId: string,
    runId: string,
  ) {
    this.scope = { database: new RelaisDatabase(`relais-${runId}-${tag}`), tag, ids: 0 }
    this.clientId = `${runId}-${tag}`
  }

  get token(): string {
    return this.member.token
  }

  get database(): RelaisDatabase {
    return this.scope.database
  }

  /** Pairs the device as the options page would: the workspace row and the shared key. */
  async pair(name: string, keyRaw: Uint8Array): Promise<void> {
    await this.database.workspaces.put({
      id: this.workspaceId,
      name,
      serverUrl: 'http://relais.test',
      memberId: this.member.id,
      role: this.member.role,
      displayName: this.member.name,
      clientId: this.clientId,
      nextMutationId: 1,
      cursor: null,
      members: [],
      joinedAt: 0,
    })
    await this.database.secrets.put({
      workspaceId: this.workspaceId,
      token: this.token,
      keys: [{ id: 'k1', raw: toBase64url(keyRaw), createdAt: 0 }],
      currentKeyId: 'k1',
    })
  }

  onAck(lastMutationId: number): void {
    if (lastMutationId < this.acked) this.ackRegressions.push(`${this.tag}: acknowledged ${lastMutationId} after ${this.acked}`)
    this.acked = Math.max(this.acked, lastMutationId)
  }

  onHeld(): void {
    const waiting = this.heldWaiters
    this.heldWaiters = []
    for (const w of waiting) w()
  }

  /** Resolves when the running round finishes or blocks on a held request. */
  quiet(): Promise<void> {
    if (!this.round || this.held > 0) return Promise.resolve()
    return Promise.race([this.round, new Promise<void>((resolve) => this.heldWaiters.push(resolve))])
  }

  async close(): Promise<void> {
    this.database.close()
    await this.database.delete().catch(() => {})
  }
}
