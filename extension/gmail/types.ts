/** A person as Gmail shows them: `name` falls back to the address when Gmail gives none. */
export interface GmailPerson {
  name: string
  email: string
}

/** `size` is Gmail's own localized label ("84 KB", "84 Ko"), kept as shown. */
export interface GmailAttachment {
  name: string
  size?: string
}

/** Everything the assistant needs from one Gmail message, read from the page alone. */
export interface GmailClip {
  subject: string
  from: GmailPerson
  /** Everyone on Gmail's header line: it lists To and Cc together. */
  to: GmailPerson[]
  /** Milliseconds since epoch; null only when neither the date label nor the id can be read. */
  date: number | null
  /** Legacy hex thread id, the one `#all/<id>` links accept; `thread-a:r…` for a thread just sent, not synced yet. */
  threadId: string
  /** Legacy hex message id; a fresh reply not yet synced has only its `msg-a:r…` id. */
  messageId: string
  /** Address of the mailbox on screen; null when the page does not show it. */
  account: string | null
  /** `https://mail.google.com/mail/u/<account>/#all/<threadId>`, stable across archiving and sign-in order. */
  permalink: string
  /** Same link built on the page's own account path (`/mail/u/1/`, delegated paths): the fallback. */
  pathPermalink: string
  /** The message's own text, or the user's selection inside the message. */
  body: string
  /** See BodyText in body-text.ts: `whole` and `fallback` say the history could not be told apart or cut. */
  bodySource: 'selection' | 'message' | 'whole' | 'fallback'
  attachments: GmailAttachment[]
  /** Fields the page shows but that could not be read; absent when everything was read. */
  unread?: UnreadField[]
}

/** A field of a clip that Gmail shows but the extractor could not read (it then falls back). */
export type UnreadField = 'subject' | 'body' | 'date' | 'to'
