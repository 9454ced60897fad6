import type { WorkspaceRow } from '../../db/types'
import { assignableMembers } from '../../ui/members'

/** Only executives create items; the rest of the device's workspaces cannot take a capture. */
export function captureWorkspaces(workspaces: readonly WorkspaceRow[]): WorkspaceRow[] {
  return workspaces.filter((w) => w.role === 'executive').sort((a, b) => a.name.localeCompare(b.name))
}

/** With a single active assistant there is nobody else to pick: preselect them. */
export function defaultAssignee(ws: WorkspaceRow | undefined): string | null {
  if (!ws) return null
  const assistants = assignableMembers(ws).filter((m) => m.role === 'assistant')
  return assistants.length === 1 ? assistants[0]!.id : null
}
