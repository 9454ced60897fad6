import * as v from 'valibot'
import { isValidTimeZone } from '../../../shared/kpi/time-zone'
import { PRIORITIES, type Priority } from '../../../shared/schema/item'
import { SlaPolicySchema, type SlaPolicy } from '../../../shared/schema/sla'
import type { MessageKey } from '../../lib/i18n'

/** What the form holds: the policy as the user types it (strings, hours and minutes apart). */
export type Duration = { hours: string; minutes: string }
export type TargetDraft = { acknowledge: Duration; complete: Duration }
export type SlaDraft = {
  clock: SlaPolicy['clock']
  timeZone: string
  workdays: number[]
  workStart: string
  workEnd: string
  targets: Record<Priority, TargetDraft>
}

export type Problem = { key: MessageKey; params?: Record<string, string | number> }

const MAX_MINUTES = 366 * 24 * 60

const hhmm = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`
const split = (total: number): Duration => ({ hours: String(Math.floor(total / 60)), minutes: String(total % 60) })

export function draftOf(p: SlaPolicy): SlaDraft {
  const targets = Object.fromEntries(
    PRIORITIES.map((k) => [k, { acknowledge: split(p.targets[k].acknowledgeMinutes), complete: split(p.targets[k].completeMinutes) }]),
  ) as Record<Priority, TargetDraft>
  // A time field cannot show 24:00: a day ending at midnight reads 23:59.
  const workEnd = hhmm(Math.min(p.workEndMinute, 24 * 60 - 1))
  return {
    clock: p.clock,
    timeZone: p.timeZone,
    workdays: [...p.workdays].sort((a, b) => a - b),
    workStart: hhmm(p.workStartMinute),
    workEnd,
    targets,
  }
}

/** Minutes after midnight of "HH:MM", or null. */
export function minuteOf(value: string): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(value.trim())
  if (!m) return null
  const h = Number(m[1])
  const min = Number(m[2])
  return h < 24 && min < 60 ? h * 60 + min : null
}

/** Whole minutes of a duration, or null when either part is not a whole number ≥ 0. */
export function minutesOf(d: Duration): number | null {
  const parts = [d.hours, d.minutes].map((s) => (s.trim() === '' ? 0 : Number(s)))
  if (parts.some((n) => !Number.isInteger(n) || n < 0)) return null
  return parts[0]! * 60 + parts[1]!
}

/**
 * The policy the draft describes, or every problem with it, said in the UI's words. The shared
 * schema checks the result again: the form's checks only make its messages readable.
 */
export function policyFromDraft(d: SlaDraft): { policy: SlaPolicy } | { problems: Problem[] } {
  const problems: Problem[] = []
  if (!isValidTimeZone(d.timeZone.trim()) || d.timeZone.trim() === '') problems.push({ key: 'slaBadZone', params: { zone: d.timeZone } })
  if (d.workdays.length === 0) problems.push({ key: 'slaNoWorkday' })
  const start = minuteOf(d.workStart)
  const end = minuteOf(d.workEnd)
  if (start === null || end === null || start >= end) problems.push({ key: 'slaBadHours' })
  const targets = {} as SlaPolicy['targets']
  for (const k of PRIORITIES) {
    const ack = minutesOf(d.targets[k].acknowledge)
    const done = minutesOf(d.targets[k].complete)
    if (ack === null || done === null) problems.push({ key: 'slaBadNumber', params: { priority: k } })
    else if (ack < 1 || done < 1) problems.push({ key: 'slaTargetTooShort', params: { priority: k } })
    else if (ack > MAX_MINUTES || done > MAX_MINUTES) problems.push({ key: 'slaTargetTooLong', params: { priority: k } })
    else if (ack > done) problems.push({ key: 'slaAckAfterComplete', params: { priority: k } })
    targets[k] = { acknowledgeMinutes: ack ?? 0, completeMinutes: done ?? 0 }
  }
  if (problems.length > 0) return { problems }
  const parsed = v.safeParse(SlaPolicySchema, {
    clock: d.clock,
    timeZone: d.timeZone.trim(),
    workdays: [...d.workdays].sort((a, b) => a - b),
    workStartMinute: start,
    workEndMinute: end,
    targets,
  })
  if (!parsed.success) return { problems: parsed.issues.map((i) => ({ key: 'slaInvalid' as const, params: { message: i.message } })) }
  return { policy: parsed.output }
}
