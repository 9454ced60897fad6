import * as v from 'valibot'
import { IdSchema, TimeSchema } from './common'
import { PrioritySchema } from './item'

/**
 * `GET /v1/kpis?range=7d|30d`: back-office figures computed from metadata and status times only
 * (shared/kpi/kpis.ts defines each figure). The worker serves exactly what `computeKpis`
 * returns; the extension computes the same thing offline.
 */

export const KPI_RANGES = ['7d', '30d'] as const
export const KpiRangeSchema = v.picklist(KPI_RANGES)
export type KpiRange = v.InferOutput<typeof KpiRangeSchema>
export const KPI_RANGE_DAYS = { '7d': 7, '30d': 30 } as const satisfies Record<KpiRange, number>
export type KpiRangeDays = (typeof KPI_RANGE_DAYS)[KpiRange]

export const KpiQuerySchema = v.strictObject({
  range: v.optional(KpiRangeSchema, '7d'),
})
export type KpiQuery = v.InferOutput<typeof KpiQuerySchema>

const CountSchema = v.pipe(v.number(), v.integer(), v.minValue(0))
const MinutesSchema = v.nullable(v.pipe(v.number(), v.minValue(0)))
const ShareSchema = v.nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(1)))

/** Minutes on the policy's clock (business minutes under a business clock); null without data. */
export const DurationFiguresSchema = v.object({
  count: CountSchema,
  medianMinutes: MinutesSchema,
  p90Minutes: MinutesSchema,
})
export type DurationFigures = v.InferOutput<typeof DurationFiguresSchema>

export const WithinSlaSchema = v.object({
  judged: CountSchema,
  met: CountSchema,
  /** met / judged, null when nothing was judged. */
  share: ShareSchema,
})

const figureEntries = {
  open: CountSchema,
  overdue: CountSchema,
  created: CountSchema,
  acknowledged: CountSchema,
  done: CountSchema,
  breached: CountSchema,
  timeToAcknowledge: DurationFiguresSchema,
  timeToComplete: DurationFiguresSchema,
  withinSla: WithinSlaSchema,
}
export const KpiFiguresSchema = v.object(figureEntries)
export type KpiFigures = v.InferOutput<typeof KpiFiguresSchema>

export const AssigneeKpisSchema = v.object({
  /** null: unassigned items. */
  assigneeId: v.nullable(IdSchema),
  /** The member's display name when the caller knew it. */
  name: v.nullable(v.string()),
  ...figureEntries,
})
export const CategoryKpisSchema = v.object({ category: v.nullable(v.string()), ...figureEntries })
export const PriorityKpisSchema = v.object({ priority: PrioritySchema, ...figureEntries })

export const KpiDaySchema = v.object({
  /** Local date in the policy's time zone. */
  date: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD')),
  created: CountSchema,
  done: CountSchema,
  breached: CountSchema,
})

export const KpiResponseSchema = v.object({
  range: KpiRangeSchema,
  /** Start of the first local day of the range. */
  from: TimeSchema,
  /** The instant the figures were computed at. */
  to: TimeSchema,
  clock: v.picklist(['calendar', 'business']),
  timeZone: v.string(),
  totals: KpiFiguresSchema,
  byAssignee: v.array(AssigneeKpisSchema),
  byCategory: v.array(CategoryKpisSchema),
  byPriority: v.array(PriorityKpisSchema),
  /** One entry per local day of the range, oldest first, today last. */
  daily: v.array(KpiDaySchema),
})
export type KpiResponse = v.InferOutput<typeof KpiResponseSchema>

/** Weak signals ("signaux faibles"): see shared/kpi/weak-signals.ts for when each fires. */
const signalBase = {
  /** The measured figure the signal is about (its unit depends on the code). */
  evidence: v.number(),
  /** The items behind the signal, most telling first. */
  itemIds: v.array(IdSchema),
}
export const WeakSignalSchema = v.variant('code', [
  v.object({ code: v.literal('backlog_growing'), ...signalBase, backlogNow: CountSchema, backlogWeekAgo: CountSchema }),
  v.object({
    code: v.literal('overdue_share_rising'),
    ...signalBase,
    shareNow: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
    shareWeekAgo: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  }),
  v.object({ code: v.literal('waiting_without_comment'), ...signalBase, thresholdMinutes: v.number() }),
  v.object({ code: v.literal('assistant_overloaded'), ...signalBase, assigneeId: IdSchema, othersAverage: v.number() }),
])
export type WeakSignal = v.InferOutput<typeof WeakSignalSchema>
export type WeakSignalCode = WeakSignal['code']

/** What `GET /v1/kpis` answers: the figures, and the weak signals behind them. */
export const KpiEndpointResponseSchema = v.object({
  ...KpiResponseSchema.entries,
  signals: v.array(WeakSignalSchema),
})
export type KpiEndpointResponse = v.InferOutput<typeof KpiEndpointResponseSchema>
