import { SILENCE_DAYS } from '../../../shared/kpi/weak-signals'
import type { WeakSignal } from '../../../shared/schema/kpi'
import type { WorkspaceRow } from '../../db/types'
import { t } from '../../lib/i18n'
import { memberName } from '../members'
import { formatCount, formatMinutes, formatShare } from './format-figures'

/** A weak signal's name and its one-sentence explanation, with the figures that set it off. */
export function signalText(s: WeakSignal, ws: WorkspaceRow, clock: 'calendar' | 'business'): { title: string; sentence: string } {
  switch (s.code) {
    case 'backlog_growing':
      return { title: t('signalBacklogTitle'), sentence: t('signalBacklog', { before: s.backlogWeekAgo, now: s.backlogNow }) }
    case 'overdue_share_rising':
      return {
        title: t('signalOverdueTitle'),
        sentence: t('signalOverdue', { before: formatShare(s.shareWeekAgo), now: formatShare(s.shareNow) }),
      }
    case 'waiting_without_comment':
      return {
        title: t('signalSilenceTitle'),
        sentence: t(clock === 'business' ? 'signalSilenceBusiness' : 'signalSilence', {
          count: s.itemIds.length,
          days: SILENCE_DAYS,
          longest: formatMinutes(s.evidence, clock),
        }),
      }
    case 'assistant_overloaded':
      return {
        title: t('signalOverloadTitle'),
        sentence: t('signalOverload', { name: memberName(ws, s.assigneeId), load: s.evidence, average: formatCount(s.othersAverage) }),
      }
  }
}
