import type { Meta, MetaPatch, Status } from '../../shared/schema/item'
import type { ItemEvent } from '../../shared/schema/sync'
import type { MemberListEntry, Role } from '../../shared/schema/workspace'
import type { ItemContent } from '../../shared/schema/content'
import type { FileRef } from '../../shared/schema/files'

/** A workspace this device belongs to, with its sync state. Tokens and keys live in `secrets`. */
export type WorkspaceRow = {
  id: string
  name: string
  serverUrl: string
  memberId: string
  role: Role
  displayName: string
  clientId: string
  /** The id the next local mutation takes (mutation ids are 1, 2, 3… per client). */
  nextMutationId: number
  cursor: string | null
  members: MemberListEntry[]
  joinedAt: number
  /**
   * 1 once the server acknowledged some of this device's changes and no pull has yet looked for
   * what it refused (see refusedLeftovers in sync/engine.ts): without it, every pull would scan
   * every item of the workspace.
   */
  ackedSinceCheck?: 0 | 1
}

/** Only the background reads these (and the options page while pairing). */
export type SecretRow = {
  workspaceId: string
  token: string
  /** Workspace keys by id, raw AES-256 bytes in base64url; the newest seals, all open. */
  keys: { id: string; raw: string; createdAt: number }[]
  currentKeyId: string
  /** This device's ECDH key pair for receiving rotated keys (the private half is not extractable). */
  device?: { privateKey: CryptoKey; publicKey: string }
  /** True once the server has the device's public key. */
  devicePublished?: boolean
  /** When envelopes were last fetched. */
  keysCheckedAt?: number
}

/** An item as the views see it: server state with this device's pending changes on top. */
export type ItemRow = {
  id: string
  workspaceId: string
  /** Opened content, or null when no key on this device opens it. */
  content: ItemContent | null
  meta: Meta
  status: Status
  createdBy: string
  createdAt: number
  updatedAt: number
  statusTimes: Partial<Record<Status, number>>
  deleted: 0 | 1
  /** 1 while a local change waits to reach the server. */
  pending: 0 | 1
  /** Index key for the queue: due time first (undated last), then priority. */
  sortKey: string
  /** Set when someone else changed the item since the user last looked (badge, highlight). */
  unseen: 0 | 1
}

export type CommentRow = {
  id: string
  itemId: string
  workspaceId: string
  text: string | null
  /** Files the comment brought (how an assistant returns a signed copy). */
  files?: FileRef[]
  authorId: string
  createdAt: number
  pending: 0 | 1
}

export type OutboxRow = {
  seq?: number
  workspaceId: string
  mutationId: number
  mutation: LocalMutation
  createdAt: number
}

/** What the engine last did, for the status line every view shows. */
export type SyncStatusRow = {
  workspaceId: string
  state: 'synced' | 'syncing' | 'offline' | 'error'
  pending: number
  message: string | null
  at: number
  retryAt: number | null
}

/** A capture waiting for its form (from the context menu, a shortcut or Gmail). */
export type DraftRow = {
  id: string
  content: ItemContent
  createdAt: number
}

export type SettingRow = { key: string; value: unknown }

/** A category's standing instructions ("cahier des charges"), opened on this device. */
export type PlaybookRow = {
  workspaceId: string
  category: string
  /** Null when no key on this device opens it. */
  text: string | null
  updatedBy: string
  updatedAt: number
  /** The outbox entry carrying this device's unsent edit, or null once the server has it. */
  pendingMutationId: number | null
}

/** One entry of an item's history as the server recorded it (who, what, when; never content). */
export type EventRow = ItemEvent & { workspaceId: string }

/**
 * A change as the device records it: content in the clear (the outbox never leaves the
 * device); the engine seals it with the workspace key at push time.
 */
export type LocalMutation =
  | { name: 'createItem'; args: { item: { id: string; content: ItemContent; meta: Meta } } }
  | { name: 'updateItem'; args: { id: string; content?: ItemContent; meta?: MetaPatch } }
  | { name: 'setStatus'; args: { id: string; status: Status } }
  | { name: 'addComment'; args: { itemId: string; comment: { id: string; text: string; files?: FileRef[] } } }
  | { name: 'deleteItem'; args: { id: string } }
  | { name: 'setPlaybook'; args: { category: string; text: string | null } }

/**
 * An attachment on its way to the server. Written in the same transaction as the outbox entry
 * that names it; sent once that entry is acknowledged (the server needs the item first).
 */
export type UploadRow = {
  fileId: string
  workspaceId: string
  itemId: string
  ref: FileRef
  /** The outbox entry whose content names the file. */
  afterMutationId: number
  /** Chunks the server has confirmed, for "uploading n/m" and for resuming. */
  sent: number
  chunks: number
  /** Set when the server refused the file for good (rights, quota): shown, never retried. */
  error: string | null
  createdAt: number
}

/** A file's plaintext on this device: attached here, or downloaded and opened. */
export type FileDataRow = {
  fileId: string
  workspaceId: string
  itemId: string
  data: Uint8Array<ArrayBuffer>
}

/** A Gmail capture that missed fields: what, the layout signals seen, when, with which version. No content. */
export type CaptureHealthRow = {
  id?: number
  at: number
  version: string
  fields: string[]
  signals: string[]
}
