import { sendToBackground } from '../lib/messaging'

/**
 * Pages hear `online` when the service worker may not (headless Chromium never sends it there):
 * each open extension page passes it on, and the background flushes and pulls at once.
 */
export function relayOnline(): void {
  addEventListener('online', () => void sendToBackground({ type: 'sync-now' }))
}
