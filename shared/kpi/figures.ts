import type { KpiFigures } from '../schema/kpi'
import { percentile, roundMinutes, share } from './stats'

/** What one item adds to the figures of every group it belongs to (see kpis.ts for meanings). */
export interface Contribution {
  created: boolean
  open: boolean
  overdue: boolean
  ackMinutes: number | null
  doneMinutes: number | null
  breached: boolean
  judged: boolean
  met: boolean
}

export function isEmpty(c: Contribution): boolean {
  return !c.created && !c.open && c.ackMinutes === null && c.doneMinutes === null && !c.breached && !c.judged
}

/** Running sums for one group; turned into wire figures once every item is in. */
export class FiguresAccumulator {
  private open = 0
  private overdue = 0
  private created = 0
  private breached = 0
  private judged = 0
  private met = 0
  private readonly ackMinutes: number[] = []
  private readonly doneMinutes: number[] = []

  add(c: Contribution): void {
    if (c.created) this.created++
    if (c.open) this.open++
    if (c.overdue) this.overdue++
    if (c.ackMinutes !== null) this.ackMinutes.push(c.ackMinutes)
    if (c.doneMinutes !== null) this.doneMinutes.push(c.doneMinutes)
    if (c.breached) this.breached++
    if (c.judged) this.judged++
    if (c.met) this.met++
  }

  figures(): KpiFigures {
    return {
      open: this.open,
      overdue: this.overdue,
      created: this.created,
      acknowledged: this.ackMinutes.length,
      done: this.doneMinutes.length,
      breached: this.breached,
      timeToAcknowledge: durations(this.ackMinutes),
      timeToComplete: durations(this.doneMinutes),
      withinSla: { judged: this.judged, met: this.met, share: share(this.met, this.judged) },
    }
  }
}

function durations(minutes: readonly number[]): KpiFigures['timeToAcknowledge'] {
  return {
    count: minutes.length,
    medianMinutes: roundMinutes(percentile(minutes, 0.5)),
    p90Minutes: roundMinutes(percentile(minutes, 0.9)),
  }
}
