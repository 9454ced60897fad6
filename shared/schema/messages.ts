import * as v from 'valibot'
import { IdSchema } from './common'
import { CaptureHealthReportSchema } from './capture-health'
import { ItemContentSchema } from './content'
import { FileRefSchema } from './files'
import { GlossaryTermSchema, LangSchema } from './glossary'
import { SlaPolicySchema } from './sla'
import { RoleSchema } from './workspace'

/**
 * Messages to the background. Extension pages may send any of them; content scripts only
 * those in CONTENT_SCRIPT_MESSAGES (checked against the sender in the background). Each is
 * parsed, never cast.
 */
export const BackgroundMessageSchema = v.variant('type', [
  // From a page that just saved (its workspace goes first), or that heard `online` (all of them).
  v.object({ type: v.literal('sync-now'), workspaceId: v.optional(IdSchema) }),
  v.object({
    type: v.literal('create-workspace'),
    serverUrl: v.pipe(v.string(), v.url(), v.regex(/^https?:\/\//)),
    name: v.string(),
    displayName: v.string(),
  }),
  v.object({ type: v.literal('join-workspace'), pairingCode: v.pipe(v.string(), v.maxLength(4000)), displayName: v.string() }),
  v.object({ type: v.literal('create-invite'), workspaceId: IdSchema, role: RoleSchema }),
  v.object({ type: v.literal('revoke-member'), workspaceId: IdSchema, memberId: IdSchema }),
  v.object({ type: v.literal('leave-workspace'), workspaceId: IdSchema }),
  v.object({ type: v.literal('capture-draft'), content: ItemContentSchema }),
  // Only the background talks to the server: the options page hands it the executive's policy.
  v.object({ type: v.literal('put-sla-policy'), workspaceId: IdSchema, policy: SlaPolicySchema }),
  // The glossary content script asks for the terms to mark; the page's host comes from the sender, not the message.
  v.object({ type: v.literal('glossary-terms') }),
  // "I know this term" (a trusted click in the tooltip), or its undo from the options page.
  v.object({ type: v.literal('glossary-known'), termId: v.pipe(v.string(), v.minLength(1), v.maxLength(200)), known: v.boolean() }),
  // The Gmail content script notes a capture that could not read every field (kept on the device).
  v.object({ type: v.literal('capture-health'), report: CaptureHealthReportSchema }),
  // An extension page asks for a file's bytes: the background downloads and opens them into fileData.
  v.object({ type: v.literal('fetch-file'), workspaceId: IdSchema, itemId: IdSchema, file: FileRefSchema }),
])
export type BackgroundMessage = v.InferOutput<typeof BackgroundMessageSchema>

/** The only messages a content script may send; they carry no token and create no item. */
export const CONTENT_SCRIPT_MESSAGES: readonly BackgroundMessage['type'][] = [
  'capture-draft',
  'glossary-terms',
  'glossary-known',
  'capture-health',
]

/**
 * A term as the content script gets it: the wire term plus what the background resolves
 * from the built-in glossary, so the content script never bundles that glossary itself.
 */
export const GlossaryPayloadTermSchema = v.object({
  ...GlossaryTermSchema.entries,
  /** Built-in matching hints (see MatchableTerm); absent for workspace terms. */
  caseSensitive: v.optional(v.array(v.string())),
  unmatched: v.optional(v.array(v.string())),
  /** The id a term shares with its counterpart in the other language (the smaller of the two); absent when none. */
  concept: v.optional(v.pipe(v.string(), v.maxLength(200))),
  /** The same concept in the reader's language, when the term is in the other one; absent or null when none. */
  translation: v.optional(v.nullable(v.object({ term: v.string(), definition: v.string(), lang: LangSchema }))),
})
export type GlossaryPayloadTerm = v.InferOutput<typeof GlossaryPayloadTermSchema>

/**
 * The answer to `glossary-terms`: terms and where their pages are, nothing else (no token, no
 * item). The content script parses it with this schema too: it crosses a trust boundary.
 */
export const GlossaryPayloadSchema = v.object({
  /** The user switched the glossary off on this site. */
  off: v.boolean(),
  /** The reader's language: ties between languages and the tooltip's words. */
  lang: LangSchema,
  /** In matching order (workspace terms, then the reader's language, then the rest): the matcher breaks ties by order. */
  terms: v.pipe(v.array(GlossaryPayloadTermSchema), v.maxLength(20_000)),
  /** The http(s) origin serving `/glossary/:id`, or null when no workspace is paired. */
  pageBase: v.nullable(v.pipe(v.string(), v.url(), v.regex(/^https?:\/\//))),
  /** Mark every occurrence (the options' setting), not only each term's first. */
  everyOccurrence: v.optional(v.boolean(), false),
  /** Term ids the reader knows on this device: never marked, still explained on hover. */
  known: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(20_000)), []),
})
export type GlossaryPayload = v.InferOutput<typeof GlossaryPayloadSchema>
export const GlossaryTermsReplySchema = v.object({ ok: v.literal(true), glossary: GlossaryPayloadSchema })

const Done = v.object({ ok: v.literal(true) })

/**
 * What the background answers to each message when it succeeds, one schema per message type (the
 * background's handlers are typed by it, and lib/messaging parses every reply with it).
 */
export const BACKGROUND_REPLIES = {
  'sync-now': Done,
  'create-workspace': v.object({ ok: v.literal(true), workspaceId: IdSchema }),
  'join-workspace': v.object({ ok: v.literal(true), workspaceId: IdSchema }),
  'create-invite': v.object({ ok: v.literal(true), pairingCode: v.pipe(v.string(), v.minLength(1)), expiresAt: v.number() }),
  'revoke-member': Done,
  'leave-workspace': Done,
  'capture-draft': v.object({ ok: v.literal(true), draftId: IdSchema }),
  'put-sla-policy': Done,
  'glossary-terms': GlossaryTermsReplySchema,
  'glossary-known': Done,
  'capture-health': Done,
  'fetch-file': Done,
} satisfies { [T in BackgroundMessage['type']]: v.GenericSchema<unknown, { ok: true }> }

/** Any message may fail; the reason is for the user to read. */
export const BackgroundFailureSchema = v.object({ ok: v.literal(false), error: v.string() })
export type BackgroundFailure = v.InferOutput<typeof BackgroundFailureSchema>

export type MessageType = BackgroundMessage['type']
export type MessageOf<T extends MessageType> = Extract<BackgroundMessage, { type: T }>
/** The success reply to a message of type T. */
export type ReplyOf<T extends MessageType> = v.InferOutput<(typeof BACKGROUND_REPLIES)[T]>
/** Everything a sender of a message of type T can get back. */
export type BackgroundReply<T extends MessageType> = ReplyOf<T> | BackgroundFailure
