// @vitest-environment happy-dom
// Gmail date labels are local time; expected values are built with the same local Date
// constructor, so the test holds in any time zone.
import { describe, expect, it } from 'vitest'
import { parseDateLabel } from '../../../extension/gmail/date'

const local = (y: number, m: number, d: number, h: number, min: number): number => new Date(y, m - 1, d, h, min).getTime()

describe('English labels', () => {
  it.each([
    ['Wed, Aug 20, 2025, 7:49 AM', local(2025, 8, 20, 7, 49)],
    ['Wed, Aug 20, 2025 at 7:49 PM', local(2025, 8, 20, 19, 49)],
    ['Wednesday, August 20, 2025, 7:49\u202fAM', local(2025, 8, 20, 7, 49)],
    ['Aug 20, 2025, 12:05 AM', local(2025, 8, 20, 0, 5)],
    ['Aug 20, 2025, 12:30 PM', local(2025, 8, 20, 12, 30)],
    ['Sept 3, 2025, 1:00 p.m.', local(2025, 9, 3, 13, 0)],
    ['Wed, 20 Aug 2025, 07:49', local(2025, 8, 20, 7, 49)],
    ['Thu, 13 Nov 2025 at 21:03', local(2025, 11, 13, 21, 3)],
  ])('%s', (label, expected) => {
    expect(parseDateLabel(label, 'en')).toBe(expected)
  })

  it.each([
    'Aug 20',
    '7:49 AM',
    'Wed, Aug 20, 2025, 13:49 PM',
    'Wed, Aug 20, 2025, 7:61 AM',
    'Jun 31, 2025, 10:00 AM',
    'Ju 3, 2025, 10:00 AM',
    // Other languages must not be misread through look-alike month names.
    'mar., 19 ago 2025, 10:00',
    'Mi., 20. Aug. 2025, 07:49',
    'mer. 20 août 2025, 07:49',
    '',
  ])('rejects %j', (label) => {
    expect(parseDateLabel(label, 'en')).toBeNull()
  })
})

describe('French labels', () => {
  it.each([
    ['mer. 20 août 2025, 07:49', local(2025, 8, 20, 7, 49)],
    ['20 août 2025 à 07:49', local(2025, 8, 20, 7, 49)],
    ['jeu. 1 janv. 2026, 00:00', local(2026, 1, 1, 0, 0)],
    ['ven. 31 juil. 2026, 23:59', local(2026, 7, 31, 23, 59)],
    ['4 déc. 2025, 9h05', local(2025, 12, 4, 9, 5)],
    ['lun. 2 févr. 2026, 10:00', local(2026, 2, 2, 10, 0)],
    ['MAR. 3 MARS 2026, 17:30', local(2026, 3, 3, 17, 30)],
  ])('%s', (label, expected) => {
    expect(parseDateLabel(label, 'fr')).toBe(expected)
  })

  it.each(['31 juin 2026, 10:00', '3 jui 2026, 10:00', '20 août 2025, 7:49 PM', 'Wed, Aug 20, 2025, 7:49 AM', '20 août'])(
    'rejects %j',
    (label) => {
      expect(parseDateLabel(label, 'fr')).toBeNull()
    },
  )
})
