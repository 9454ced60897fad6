// A content-script context whose animation frames run when the test says so, so a test can
// see what happens before and after the batched scan.

import type { UiContext } from '../../../extension/gmail-ui/controller'

export interface ManualCtx {
  ctx: UiContext
  /** Frames requested and not yet run. */
  pendingFrames(): number
  runFrames(): void
  /** What WXT does when the extension is updated or reloaded. */
  invalidate(): void
}

export function manualCtx(): ManualCtx {
  let frames: (() => void)[] = []
  const onInvalidated: (() => void)[] = []
  const controller = new AbortController()
  const ctx = {
    onInvalidated(callback: () => void) {
      onInvalidated.push(callback)
      return () => {}
    },
    addEventListener(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions) {
      target.addEventListener(type, handler, { ...options, signal: controller.signal })
    },
    requestAnimationFrame(callback: () => void) {
      frames.push(callback)
      return frames.length
    },
  } as unknown as UiContext
  return {
    ctx,
    pendingFrames: () => frames.length,
    runFrames() {
      const due = frames
      frames = []
      for (const frame of due) frame()
    },
    invalidate() {
      controller.abort()
      for (const callback of onInvalidated) callback()
    },
  }
}

/** Lets MutationObserver callbacks (microtasks) run. */
export async function flushMutations(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0))
}
