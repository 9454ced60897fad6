import * as v from 'valibot'
import { PRIORITIES } from './item'
import { isValidTimeZone } from '../kpi/time-zone'

const Minutes = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(366 * 24 * 60))
const MinuteOfDay = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(24 * 60))

export const SlaTargetSchema = v.strictObject({ acknowledgeMinutes: Minutes, completeMinutes: Minutes })

/**
 * Per priority, how fast an item must be acknowledged and completed. `business` clocks count
 * only working hours of working days in the workspace's time zone.
 */
export const SlaPolicySchema = v.pipe(
  v.strictObject({
    clock: v.picklist(['calendar', 'business']),
    timeZone: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
    workdays: v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(6))), v.minLength(1), v.maxLength(7)),
    workStartMinute: MinuteOfDay,
    workEndMinute: MinuteOfDay,
    targets: v.strictObject({
      low: SlaTargetSchema,
      normal: SlaTargetSchema,
      high: SlaTargetSchema,
      urgent: SlaTargetSchema,
    }),
  }),
  v.check((p) => isValidTimeZone(p.timeZone), 'timeZone must be an IANA time zone such as Europe/Paris'),
  v.check((p) => p.workStartMinute < p.workEndMinute, 'workStartMinute must be before workEndMinute'),
  v.check(
    (p) => PRIORITIES.every((k) => p.targets[k].acknowledgeMinutes <= p.targets[k].completeMinutes),
    'acknowledgeMinutes must not exceed completeMinutes',
  ),
)
export type SlaPolicy = v.InferOutput<typeof SlaPolicySchema>

export const DEFAULT_SLA_POLICY: SlaPolicy = {
  clock: 'calendar',
  timeZone: 'Europe/Paris',
  workdays: [1, 2, 3, 4, 5],
  workStartMinute: 9 * 60,
  workEndMinute: 18 * 60,
  targets: {
    urgent: { acknowledgeMinutes: 30, completeMinutes: 4 * 60 },
    high: { acknowledgeMinutes: 2 * 60, completeMinutes: 24 * 60 },
    normal: { acknowledgeMinutes: 24 * 60, completeMinutes: 3 * 24 * 60 },
    low: { acknowledgeMinutes: 2 * 24 * 60, completeMinutes: 7 * 24 * 60 },
  },
}
