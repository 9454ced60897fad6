import { describe, expect, it } from 'vitest'
import { inFastWindow, retryDelay } from '../../../extension/background/retry-delay'

describe('live socket retry delay', () => {
  it('probes fast at first, within its jitter', () => {
    expect(retryDelay(1, 0, () => 0)).toBe(150)
    expect(retryDelay(1, 0, () => 1)).toBe(250)
    expect(retryDelay(2, 300, () => 1)).toBe(500)
  })

  it('stays under a second for the first minutes of an outage', () => {
    for (let attempt = 1; attempt < 300; attempt++) expect(retryDelay(attempt, attempt * 400, () => 0.999)).toBeLessThanOrEqual(600)
    expect(inFastWindow(119_000)).toBe(true)
  })

  it('slows down for long outages', () => {
    expect(retryDelay(400, 3 * 60_000, () => 1)).toBe(5_000)
    expect(retryDelay(2000, 20 * 60_000, () => 1)).toBe(30_000)
    expect(inFastWindow(3 * 60_000)).toBe(false)
  })

  it('spreads devices that lost the network together', () => {
    const delays = new Set(Array.from({ length: 20 }, (_, i) => retryDelay(5, 10_000, () => i / 20)))
    expect(delays.size).toBeGreaterThan(10)
  })
})
