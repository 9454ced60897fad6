import { slaStatus, type SlaState } from '../../shared/kpi/sla-state'
import type { SlaPolicy } from '../../shared/schema/sla'
import type { ItemRow } from '../db/types'
import type { MessageKey } from '../lib/i18n'
import { policyFor } from './sla-policies'

/**
 * An item's SLA state for the views, under its workspace's policy as stored on the device (the
 * default until the background has fetched it); an item's due date overrides its completion
 * target anyway.
 */
export function itemSla(item: ItemRow, now: number, policy: SlaPolicy = policyFor(item.workspaceId)): SlaState | null {
  // The views' clock ticks every 30 s: never judge an item at an instant before its own last
  // change, or a just-cancelled item would be read as it was before (still open, overdue).
  return slaStatus(item, policy, Math.max(now, item.updatedAt))?.state ?? null
}

export function isOverdue(state: SlaState | null): boolean {
  return state === 'breached_ack' || state === 'breached_done'
}

export const SLA_LABEL: Record<SlaState, MessageKey> = {
  on_time: 'slaOnTime',
  due_soon: 'slaDueSoon',
  breached_ack: 'slaBreachedAck',
  breached_done: 'slaOverdue',
  met: 'slaMet',
  missed: 'slaMissed',
}

/** The badge's tone, one CSS class per kind of attention it asks for. */
export function slaTone(state: SlaState): 'ok' | 'warn' | 'bad' | 'done' {
  if (state === 'due_soon') return 'warn'
  if (isOverdue(state) || state === 'missed') return 'bad'
  return state === 'met' ? 'done' : 'ok'
}
