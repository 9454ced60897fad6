import type { ItemRow } from '../../db/types'
import { t } from '../../lib/i18n'
import { itemSla, SLA_LABEL, slaTone } from '../sla'

export function SlaBadge({ item, now }: { item: ItemRow; now: number }) {
  const state = itemSla(item, now)
  if (!state) return null
  return <span class={`badge sla-${slaTone(state)}`}>{t(SLA_LABEL[state])}</span>
}
