import * as v from 'valibot'
import { IdSchema } from './common'
import { ItemContentSchema } from './content'
import { RoleSchema } from './workspace'

/**
 * Messages to the background. Extension pages may send any of them; content scripts only
 * `capture-draft` (checked against the sender in the background). Each is parsed, never cast.
 */
export const BackgroundMessageSchema = v.variant('type', [
  v.object({ type: v.literal('sync-now') }),
  v.object({ type: v.literal('create-workspace'), serverUrl: v.pipe(v.string(), v.url(), v.regex(/^https?:\/\//)), name: v.string(), displayName: v.string() }),
  v.object({ type: v.literal('join-workspace'), pairingCode: v.pipe(v.string(), v.maxLength(4000)), displayName: v.string() }),
  v.object({ type: v.literal('create-invite'), workspaceId: IdSchema, role: RoleSchema }),
  v.object({ type: v.literal('revoke-member'), workspaceId: IdSchema, memberId: IdSchema }),
  v.object({ type: v.literal('leave-workspace'), workspaceId: IdSchema }),
  v.object({ type: v.literal('capture-draft'), content: ItemContentSchema }),
])
export type BackgroundMessage = v.InferOutput<typeof BackgroundMessageSchema>

/** The only message a content script may send; it carries no token and creates no item. */
export const CONTENT_SCRIPT_MESSAGES: readonly BackgroundMessage['type'][] = ['capture-draft']

export type BackgroundReply =
  | { ok: true; workspaceId?: string; pairingCode?: string; expiresAt?: number; draftId?: string }
  | { ok: false; error: string }
