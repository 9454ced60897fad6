// Tells the background, which keeps a short local log, that a capture missed fields. Best
// effort: a failed report never gets in the way of the capture itself.

import type { CaptureHealthField } from '../../shared/schema/capture-health'
import { layoutSignals } from '../gmail/layout-signals'
import { sendToBackground } from '../lib/messaging'

export async function reportCaptureHealth(doc: Document, url: string, fields: CaptureHealthField[]): Promise<void> {
  if (fields.length === 0) return
  try {
    await sendToBackground({ type: 'capture-health', report: { fields, signals: layoutSignals(doc, url) } })
  } catch {
    // The log is a convenience; nothing to tell the user.
  }
}
