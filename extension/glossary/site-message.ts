// The message the popup sends a tab's content script when the user flips the
// per-site switch. Here, not beside the switch (background/glossary-sites.ts),
// so the content script does not bundle the database.
import * as v from 'valibot'

export const GlossarySiteMessageSchema = v.object({ type: v.literal('glossary-site'), off: v.boolean() })
export type GlossarySiteMessage = v.InferOutput<typeof GlossarySiteMessageSchema>
