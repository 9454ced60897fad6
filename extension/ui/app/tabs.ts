import type { WorkspaceRow } from '../../db/types'

export type TabId = 'delegated' | 'queue' | 'dashboard'

/**
 * Only the views the user's roles call for: executives delegate and measure, assistants work
 * the queue.
 */
export function tabsFor(workspaces: readonly WorkspaceRow[]): TabId[] {
  const tabs: TabId[] = []
  const executive = workspaces.some((w) => w.role === 'executive')
  if (executive) tabs.push('delegated')
  if (workspaces.some((w) => w.role === 'assistant')) tabs.push('queue')
  if (executive) tabs.push('dashboard')
  return tabs
}
