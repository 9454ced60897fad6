import type { WorkspaceRow } from '../../db/types'

export type TabId = 'delegated' | 'queue'

/** Only the views the user's roles call for: executives delegate, assistants work the queue. */
export function tabsFor(workspaces: readonly WorkspaceRow[]): TabId[] {
  const tabs: TabId[] = []
  if (workspaces.some((w) => w.role === 'executive')) tabs.push('delegated')
  if (workspaces.some((w) => w.role === 'assistant')) tabs.push('queue')
  return tabs
}
