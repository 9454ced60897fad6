import * as v from 'valibot'

/**
 * A Gmail capture that could not read everything, as the content script reports it: which
 * fields, and which layout signals the page showed (selector names, counts, never page text).
 * Kept on the device only, so a user can paste it into a bug report when Gmail changes.
 */
export const CaptureHealthFieldSchema = v.picklist(['page', 'subject', 'body', 'date', 'to'])
export type CaptureHealthField = v.InferOutput<typeof CaptureHealthFieldSchema>

/** `name:value`, both from a fixed vocabulary of selectors and words: no message content fits. */
const Signal = v.pipe(v.string(), v.maxLength(80), v.regex(/^[a-z-]+:[a-z0-9 .#=[\]():,_-]*$/i))

export const CaptureHealthReportSchema = v.object({
  fields: v.pipe(v.array(CaptureHealthFieldSchema), v.minLength(1), v.maxLength(5)),
  signals: v.pipe(v.array(Signal), v.maxLength(30)),
})
export type CaptureHealthReport = v.InferOutput<typeof CaptureHealthReportSchema>
