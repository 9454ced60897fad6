import * as v from 'valibot'
import { RevokedCloseReasonSchema, type RevokedCloseReason } from '../../shared/schema/workspace'

/**
 * Who removed this device's member, as the server said when it closed the live socket. Held
 * only until the next sync round meets the 401 and wipes the workspace (a few milliseconds).
 */
const notes = new Map<string, RevokedCloseReason>()

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
}

export function takeRemoval(workspaceId: string): RevokedCloseReason | null {
  const note = notes.get(workspaceId) ?? null
  notes.delete(workspaceId)
  return note
}
