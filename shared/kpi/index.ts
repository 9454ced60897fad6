// One import for the worker and the extension; each module keeps a single job.
export { addSlaMinutes, slaDayMinutes, slaMinutesBetween, slaMsBetween, type SlaClock } from './business-time'
export { computeKpis, type KpiItem, type KpiOptions } from './kpis'
export { lifeAt, type Life, type Phase, type SlaSubject } from './life'
export { DUE_SOON_SHARE, SLA_STATES, slaStatus, type SlaState, type SlaStatus } from './sla-state'
export { percentile } from './stats'
export { dayKey, instantOfWall, isValidTimeZone, localDay, offsetMs, weekdayOf } from './time-zone'
export {
  BACKLOG_GROWTH_RATIO,
  BACKLOG_MIN_GROWTH,
  OVERDUE_MIN_ITEMS,
  OVERDUE_SHARE_RISE,
  OVERLOAD_MIN_EXCESS,
  OVERLOAD_RATIO,
  SIGNAL_LOOKBACK_MS,
  SILENCE_DAYS,
  weakSignals,
  type WeakSignalOptions,
} from './weak-signals'
