import type { Priority, Status } from '../../../shared/schema/item'
import { DEFAULT_SLA_POLICY, type SlaPolicy } from '../../../shared/schema/sla'
import type { KpiItem } from '../../../shared/kpi/kpis'

export const MIN = 60_000
export const HOUR = 60 * MIN
export const DAY = 24 * HOUR

/** An instant from an ISO string that carries its own offset, so tests never rely on the code under test. */
export const at = (iso: string): number => {
  const t = Date.parse(iso)
  if (Number.isNaN(t)) throw new Error(`bad test date ${iso}`)
  return t
}

export const calendarPolicy: SlaPolicy = { ...DEFAULT_SLA_POLICY, clock: 'calendar' }
export const businessPolicy: SlaPolicy = { ...DEFAULT_SLA_POLICY, clock: 'business' }

interface ItemInit {
  id?: string
  createdAt: number
  status?: Status
  times?: Partial<Record<Status, number>>
  priority?: Priority
  dueAt?: number | null
  assigneeId?: string | null
  category?: string | null
  deleted?: boolean
}

let counter = 0
export function item(init: ItemInit): KpiItem {
  return {
    id: init.id ?? `item${++counter}`,
    meta: {
      priority: init.priority ?? 'normal',
      dueAt: init.dueAt ?? null,
      assigneeId: init.assigneeId ?? null,
      category: init.category ?? null,
    },
    status: init.status ?? 'new',
    statusTimes: { new: init.createdAt, ...init.times },
    createdAt: init.createdAt,
    deleted: init.deleted ?? false,
  }
}
