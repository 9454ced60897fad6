import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { nextDue, occurrenceId } from '../../shared/recurrence'
import { IdSchema } from '../../shared/schema/common'
import * as v from 'valibot'

const at = (iso: string) => Date.parse(iso)

describe('recurrence', () => {
  it('steps days, weeks, months, quarters and years, keeping the time of day', () => {
    expect(nextDue(at('2026-01-31T09:00:00Z'), { freq: 'daily', interval: 1, dayOfMonth: null })).toBe(at('2026-02-01T09:00:00Z'))
    expect(nextDue(at('2026-01-31T09:00:00Z'), { freq: 'weekly', interval: 2, dayOfMonth: null })).toBe(at('2026-02-14T09:00:00Z'))
    expect(nextDue(at('2026-01-31T09:00:00Z'), { freq: 'monthly', interval: 1, dayOfMonth: null })).toBe(at('2026-02-28T09:00:00Z'))
    expect(nextDue(at('2026-03-05T09:00:00Z'), { freq: 'monthly', interval: 1, dayOfMonth: 31 })).toBe(at('2026-04-30T09:00:00Z'))
    expect(nextDue(at('2026-03-31T17:00:00Z'), { freq: 'quarterly', interval: 1, dayOfMonth: null })).toBe(at('2026-06-30T17:00:00Z'))
    expect(nextDue(at('2027-11-15T08:00:00Z'), { freq: 'monthly', interval: 3, dayOfMonth: 15 })).toBe(at('2028-02-15T08:00:00Z'))
    expect(nextDue(at('2028-02-29T08:00:00Z'), { freq: 'yearly', interval: 1, dayOfMonth: null })).toBe(at('2029-02-28T08:00:00Z'))
  })

  it('always moves forward, and derives a valid, stable id per occurrence', () => {
    const rule = fc.record({
      freq: fc.constantFrom('daily', 'weekly', 'monthly', 'quarterly', 'yearly' as const),
      interval: fc.integer({ min: 1, max: 24 }),
      dayOfMonth: fc.option(fc.integer({ min: 1, max: 31 }), { nil: null }),
    })
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4e12 }), rule, fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/), (due, r, id) => {
        const next = nextDue(due, r)
        expect(next).toBeGreaterThan(due)
        const occ = occurrenceId(id, next)
        expect(v.is(IdSchema, occ)).toBe(true)
        expect(occurrenceId(id, next)).toBe(occ)
        expect(occurrenceId(occ, next)).toBe(occ)
      }),
    )
  })
})
