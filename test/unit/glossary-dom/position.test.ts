import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { covers, placeTooltip } from '../../../extension/glossary/position'

describe('tooltip placement', () => {
  it('goes below the term when there is room, aligned with it', () => {
    const at = placeTooltip(
      { left: 100, top: 100, right: 180, bottom: 120 },
      { width: 300, height: 120 },
      { width: 1000, height: 800 },
      { x: 140, y: 110 },
    )
    expect(at).toEqual({ left: 100, top: 126 })
  })

  it('goes above near the bottom of the screen', () => {
    const at = placeTooltip(
      { left: 100, top: 700, right: 180, bottom: 720 },
      { width: 300, height: 120 },
      { width: 1000, height: 800 },
      { x: 140, y: 710 },
    )
    expect(at).toEqual({ left: 100, top: 574 })
  })

  it('never covers the pointer, and stays inside the viewport when it fits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 200, max: 2000 }),
        fc.integer({ min: 200, max: 1400 }),
        fc.integer({ min: 40, max: 400 }),
        fc.integer({ min: 30, max: 300 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 4, max: 300 }),
        fc.integer({ min: 8, max: 40 }),
        (vw, vh, w, h, fx, fy, termWidth, lineHeight) => {
          const left = fx * (vw - termWidth)
          const top = fy * (vh - lineHeight)
          const anchor = { left, top, right: left + termWidth, bottom: top + lineHeight }
          // The pointer is somewhere on the term: that is what hovering means.
          const pointer = { x: left + termWidth / 2, y: top + lineHeight / 2 }
          const at = placeTooltip(anchor, { width: w, height: h }, { width: vw, height: vh }, pointer)
          expect(covers(at, { width: w, height: h }, pointer)).toBe(false)
          if (w + 8 <= vw) {
            expect(at.left).toBeGreaterThanOrEqual(0)
            expect(at.left + w).toBeLessThanOrEqual(vw)
          }
        },
      ),
      { numRuns: 2000 },
    )
  })
})
