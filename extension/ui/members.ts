import type { MemberListEntry } from '../../shared/schema/workspace'
import type { WorkspaceRow } from '../db/types'
import { t } from '../lib/i18n'

/** A member's display name; "you" marks this device's own member. */
export function memberName(ws: WorkspaceRow | undefined, memberId: string | null): string {
  if (memberId === null) return t('unassigned')
  if (!ws) return t('unknownMember')
  const name = ws.members.find((m) => m.id === memberId)?.displayName ?? t('unknownMember')
  return memberId === ws.memberId ? t('youSuffix', { name }) : name
}

/** Who can be given an item: the workspace's active members (assistants and executives). */
export function assignableMembers(ws: WorkspaceRow): MemberListEntry[] {
  return ws.members
    .filter((m) => !m.revoked && (m.role === 'assistant' || m.role === 'executive'))
    .sort((a, b) => (a.role === b.role ? a.displayName.localeCompare(b.displayName) : a.role === 'assistant' ? -1 : 1))
}
