// Long work runs in slices so the page never waits more than a frame: about
// 16 ms of work (walk, match and mark together), then the main thread gets a
// turn. Each turn may cost a rendered frame, so slices are no shorter than a
// frame; a batch takes well under a millisecond on a quiet machine, so a slice
// stays far from the 50 ms of a long task.

export const SLICE_MS = 16

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
