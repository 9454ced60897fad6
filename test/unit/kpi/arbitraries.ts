import fc from 'fast-check'
import { PRIORITIES, type Status } from '../../../shared/schema/item'
import { TRANSITIONS } from '../../../shared/status'
import type { KpiItem } from '../../../shared/kpi/kpis'
import { DAY, HOUR } from './helpers'

/**
 * Items that lived a random but legal life before `now`: each step follows the status table,
 * and `statusTimes` keeps the latest entry into each status, as the server does.
 */
export function itemArb(now: number): fc.Arbitrary<KpiItem> {
  return fc
    .record({
      id: fc.stringMatching(/^[a-z0-9]{1,8}$/),
      age: fc.integer({ min: 0, max: 45 * DAY }),
      steps: fc.array(fc.record({ choice: fc.nat(), gap: fc.integer({ min: 0, max: 3 * DAY }) }), { maxLength: 6 }),
      priority: fc.constantFrom(...PRIORITIES),
      dueIn: fc.option(fc.integer({ min: -DAY, max: 10 * DAY }), { nil: null }),
      assigneeId: fc.constantFrom(null, 'ann', 'bob', 'cleo'),
      category: fc.constantFrom(null, 'travel', 'finance'),
      deleted: fc.integer({ min: 0, max: 9 }).map((n) => n < 2),
    })
    .map(({ id, age, steps, priority, dueIn, assigneeId, category, deleted }) => {
      const createdAt = now - age
      let status: Status = 'new'
      let time = createdAt
      const statusTimes: Partial<Record<Status, number>> = { new: createdAt }
      for (const { choice, gap } of steps) {
        const options = TRANSITIONS[status]
        const next = options[choice % options.length] as Status
        if (time + gap > now) break
        time += gap
        status = next
        statusTimes[next] = time
      }
      return {
        id,
        meta: { priority, dueAt: dueIn === null ? null : createdAt + dueIn, assigneeId, category },
        status,
        statusTimes,
        createdAt,
        deleted,
      }
    })
}

export const nowArb = fc
  .integer({ min: Date.parse('2024-01-01T00:00:00Z'), max: Date.parse('2026-12-31T00:00:00Z') })
  .map((t) => Math.floor(t / HOUR) * HOUR + 17 * 60_000)
