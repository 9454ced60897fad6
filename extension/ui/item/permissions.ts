import { checkMutation, type ItemFacts } from '../../../shared/rights'
import type { Status } from '../../../shared/schema/item'
import { canTransition } from '../../../shared/status'
import type { ItemRow, WorkspaceRow } from '../../db/types'

function facts(item: ItemRow): ItemFacts {
  return { createdBy: item.createdBy, meta: item.meta, status: item.status, deleted: item.deleted === 1 }
}

const actor = (ws: WorkspaceRow) => ({ id: ws.memberId, role: ws.role })

/** The moves among `candidates` that both the status table and the rights matrix allow. */
export function allowedStatuses(item: ItemRow, ws: WorkspaceRow, candidates: readonly Status[]): Status[] {
  return candidates.filter((s) => canTransition(item.status, s) && checkMutation(actor(ws), 'setStatus', facts(item), s) === null)
}

export function canComment(item: ItemRow, ws: WorkspaceRow): boolean {
  return checkMutation(actor(ws), 'addComment', facts(item)) === null
}

export function canEdit(item: ItemRow, ws: WorkspaceRow): boolean {
  return checkMutation(actor(ws), 'updateItem', facts(item)) === null
}
