import type { WorkspaceRow } from '../../db/types'

/**
 * What a list query depends on in the workspaces table. Workspace rows change on every sync
 * (the cursor moves); keying queries on this string keeps them from re-subscribing each time.
 */
export function workspaceKey(workspaces: readonly WorkspaceRow[]): string {
  return workspaces
    .map((w) => `${w.id}:${w.role}:${w.memberId}`)
    .sort()
    .join('|')
}

export function byRole(workspaces: readonly WorkspaceRow[], role: WorkspaceRow['role']): WorkspaceRow[] {
  return workspaces.filter((w) => w.role === role)
}
