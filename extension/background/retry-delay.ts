/**
 * How long the live socket waits before its next attempt. The socket doubles as the network
 * probe (a headless Chromium service worker never gets an `online` event, and a server that was
 * unreachable sends no signal when it comes back), so the first minutes of an outage are probed
 * fast: delivery follows the network within a second. Longer outages slow down, so a device
 * left offline does not knock on the door all day. Jitter keeps devices from reconnecting in step.
 */
const FAST_STEPS_MS = [250, 500]
const FAST_CAP_MS = 600
const FAST_WINDOW_MS = 2 * 60_000
const SLOW_MS = 5_000
const SLOWEST_MS = 30_000
const SLOW_WINDOW_MS = 10 * 60_000

/** `attempt` counts failures since the socket last opened (1 = the first); `downForMs` since the outage began. */
export function retryDelay(attempt: number, downForMs: number, random: () => number = Math.random): number {
  const base = downForMs < FAST_WINDOW_MS ? (FAST_STEPS_MS[attempt - 1] ?? FAST_CAP_MS) : downForMs < SLOW_WINDOW_MS ? SLOW_MS : SLOWEST_MS
  // Between 60 % and 100 % of the step.
  return Math.round(base * (0.6 + 0.4 * random()))
}

/** Whether the outage is young enough to keep the service worker awake for the next probe. */
export function inFastWindow(downForMs: number): boolean {
  return downForMs < FAST_WINDOW_MS
}
