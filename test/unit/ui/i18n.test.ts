import { describe, expect, it } from 'vitest'
import { en } from '../../../extension/lib/i18n/en'
import { fr } from '../../../extension/lib/i18n/fr'
import { t } from '../../../extension/lib/i18n'

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('UI strings', () => {
  it('has every English key in French and the other way round', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort())
  })
  it('keeps the same placeholders in both languages, and no empty string', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(fr[key]), key).toEqual(placeholders(en[key]))
      expect(en[key].trim(), key).not.toBe('')
      expect(fr[key].trim(), key).not.toBe('')
    }
  })
  it('fills placeholders in the chosen language', () => {
    expect(t('itemCountOf', { count: 2, total: 5 }, 'en')).toBe('2 of 5 item(s)')
    expect(t('itemCountOf', { count: 2, total: 5 }, 'fr')).toBe('2 sur 5 élément(s)')
  })
})
