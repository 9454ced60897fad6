import * as v from 'valibot'
import { FileRefSchema } from './files'

const Text = (max: number) => v.pipe(v.string(), v.maxLength(max))
const Person = v.object({ name: Text(200), email: Text(320) })
/** A Gmail field the page showed but the extension could not read. */
export const UnreadFieldSchema = v.picklist(['subject', 'body', 'date', 'to'])

/** Where a clip came from. Gmail sources carry what the assistant needs to find the thread. */
export const SourceSchema = v.object({
  kind: v.picklist(['gmail', 'page', 'selection', 'link', 'manual']),
  url: v.optional(Text(4096)),
  title: v.optional(Text(1000)),
  excerpt: v.optional(Text(20_000)),
  gmail: v.optional(
    v.object({
      threadId: Text(64),
      messageId: Text(200),
      account: Text(320),
      subject: Text(1000),
      from: Person,
      to: v.array(Person),
      date: v.nullable(v.number()),
      permalink: Text(4096),
      attachments: v.array(v.object({ name: Text(500), size: v.optional(Text(50)) })),
      /** Fields Gmail showed that the extension could not read (it fell back); absent when all were read. */
      unread: v.optional(v.pipe(v.array(UnreadFieldSchema), v.maxLength(4))),
    }),
  ),
})
export type Source = v.InferOutput<typeof SourceSchema>

/**
 * An item's content: sealed on the device with the workspace key, so the server never reads
 * it. Parsed after opening, since another member's device wrote it.
 */
export const ItemContentSchema = v.object({
  title: Text(500),
  note: Text(20_000),
  source: SourceSchema,
  /** Attachments: what they are, sealed with the rest; their bytes travel apart, encrypted. */
  files: v.optional(v.pipe(v.array(FileRefSchema), v.maxLength(50))),
})
export type ItemContent = v.InferOutput<typeof ItemContentSchema>

/** A comment may bring files: how an assistant (who cannot edit the item) returns a signed copy. */
export const CommentContentSchema = v.object({ text: Text(10_000), files: v.optional(v.pipe(v.array(FileRefSchema), v.maxLength(20))) })
export type CommentContent = v.InferOutput<typeof CommentContentSchema>

/** A category's playbook, sealed like item content: plain text with light formatting. */
export const PLAYBOOK_MAX_CHARS = 20_000
export const PlaybookContentSchema = v.object({ text: Text(PLAYBOOK_MAX_CHARS) })
export type PlaybookContent = v.InferOutput<typeof PlaybookContentSchema>
