import type { Actor } from '../../../shared/rights'
import { forbidden, type Failure } from '../outcome'
import { union, type Audience } from './audience'
import type { RevokedCloseReason } from '../../../shared/schema/workspace'
import type { WorkspaceStore } from './store'

/** The authenticated caller. */
export type Me = Actor & { displayName: string }

/**
 * What a call's committed writes require once it returns: whose sockets to close, who to poke,
 * whether items changed (the recurrence alarm, and attachments, follow items). The object
 * carries them out after the delegate is done, even if it threw halfway.
 */
export class Effects {
  audience: Audience | null = null
  /** Revoked members, with who revoked them and when (the close reason their devices read). */
  readonly disconnect: { memberId: string; reason: RevokedCloseReason }[] = []
  itemsChanged = false

  poke(audience: Audience): void {
    this.audience = this.audience === null ? audience : union(this.audience, audience)
  }
}

/** What a concern's functions work with: the storage, its transactions, and the call's effects. */
export type Workspace = {
  readonly store: WorkspaceStore
  readonly transact: <T>(fn: () => T) => T
  readonly effects: Effects
}

/** The one role check: null if the caller is an executive, else the refusal naming why. */
export function requireExecutive(me: Actor, why: string): Failure | null {
  return me.role === 'executive' ? null : forbidden(why)
}
