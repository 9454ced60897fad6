// Coalesces many "something changed" signals into one run on the next frame: Gmail mutates
// the DOM in bursts of hundreds of records, and one scan per frame is plenty.

export interface Batcher {
  queue(): void
}

export function createBatcher(run: () => void, schedule: (callback: () => void) => void): Batcher {
  let queued = false
  return {
    queue() {
      if (queued) return
      queued = true
      schedule(() => {
        queued = false
        run()
      })
    },
  }
}
