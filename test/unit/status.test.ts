import { describe, expect, it } from 'vitest'
import { STATUSES } from '../../shared/schema/item'
import { TRANSITIONS, canTransition, isOpen } from '../../shared/status'

describe('status transitions', () => {
  it('lists every status and never allows staying put', () => {
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...STATUSES].sort())
    for (const s of STATUSES) expect(canTransition(s, s)).toBe(false)
  })
  it('follows the documented life cycle', () => {
    expect(canTransition('new', 'acknowledged')).toBe(true)
    expect(canTransition('acknowledged', 'new')).toBe(false)
    expect(canTransition('done', 'acknowledged')).toBe(false)
    expect(canTransition('cancelled', 'new')).toBe(true)
    expect(isOpen('waiting')).toBe(true)
    expect(isOpen('done')).toBe(false)
  })
})
