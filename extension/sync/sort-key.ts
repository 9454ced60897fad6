import type { Meta } from '../../shared/schema/item'

const PRIORITY_RANK = { urgent: 0, high: 1, normal: 2, low: 3 } as const

/** Queue order: soonest due first (undated last), then most urgent, then oldest. */
export function sortKey(meta: Pick<Meta, 'dueAt' | 'priority'>, createdAt: number): string {
  const due = meta.dueAt === null ? '9999999999999' : String(meta.dueAt).padStart(13, '0')
  return `${due}.${PRIORITY_RANK[meta.priority]}.${String(createdAt).padStart(13, '0')}`
}
