import * as v from 'valibot'
import { RevokedCloseReasonSchema, type RevokedCloseReason } from '../../shared/schema/workspace'

/**
 * Who removed this device's member, as the server said when it closed the live socket. Held
 * only until the next sync round meets the 401 and wipes the workspace (a few milliseconds).
 */
const notes = new Map<string, RevokedCloseReason>()
const waiting = new Map<string, () => void>()

/** Keeps the close reason if it is the documented shape; anything else is ignored. */
export function noteRemoval(workspaceId: string, reason: string): void {
  let data: unknown
  try {
    data = JSON.parse(reason)
  } catch {
    return
  }
  const parsed = v.safeParse(RevokedCloseReasonSchema, data)
  if (parsed.success) notes.set(workspaceId, parsed.output)
  waiting.get(workspaceId)?.()
}

export function takeRemoval(workspaceId: string): RevokedCloseReason | null {
  const note = notes.get(workspaceId) ?? null
  notes.delete(workspaceId)
  return note
}

/**
 * The note, waiting up to `ms` for it: the server deletes the tokens, then closes the sockets,
 * so a round can meet the 401 a moment before the close (and its reason) arrives. Only worth
 * waiting for while a socket is open.
 */
export async function awaitRemoval(workspaceId: string, ms: number): Promise<RevokedCloseReason | null> {
  if (!notes.has(workspaceId)) {
    await new Promise<void>((done) => {
      const timer = setTimeout(finish, ms)
      function finish() {
        clearTimeout(timer)
        waiting.delete(workspaceId)
        done()
      }
      waiting.set(workspaceId, finish)
    })
  }
  return takeRemoval(workspaceId)
}
