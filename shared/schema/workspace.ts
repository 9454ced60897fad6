import * as v from 'valibot'
import { DisplayNameSchema, IdSchema, TimeSchema } from './common'

export const ROLES = ['executive', 'assistant'] as const
export const RoleSchema = v.picklist(ROLES)
export type Role = v.InferOutput<typeof RoleSchema>

export const CreateWorkspaceRequestSchema = v.strictObject({
  name: DisplayNameSchema,
  displayName: DisplayNameSchema,
})

export const WorkspaceSchema = v.object({ id: IdSchema, name: v.string() })
export const MemberSchema = v.object({ id: IdSchema, role: RoleSchema, displayName: v.string() })
export const MemberListEntrySchema = v.object({
  id: IdSchema,
  role: RoleSchema,
  displayName: v.string(),
  revoked: v.boolean(),
})
export type MemberListEntry = v.InferOutput<typeof MemberListEntrySchema>

/** Answer to creating a workspace or accepting an invite: who you are and your token. */
export const SessionResponseSchema = v.object({
  workspace: WorkspaceSchema,
  member: MemberSchema,
  token: v.string(),
})
export type SessionResponse = v.InferOutput<typeof SessionResponseSchema>

export const WorkspaceResponseSchema = v.object({
  workspace: WorkspaceSchema,
  members: v.array(MemberListEntrySchema),
  me: v.object({ id: IdSchema, role: RoleSchema }),
})
export type WorkspaceResponse = v.InferOutput<typeof WorkspaceResponseSchema>

export const CreateInviteRequestSchema = v.strictObject({ role: RoleSchema })
export const InviteResponseSchema = v.object({ code: v.string(), expiresAt: TimeSchema })

/** Invite codes: a workspace id, a dot, 128 random bits in base64url. */
export const InviteCodeSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}\.[A-Za-z0-9_-]{16,64}$/, 'is not an invite code'))
export const AcceptInviteRequestSchema = v.strictObject({
  code: InviteCodeSchema,
  displayName: DisplayNameSchema,
})

/** The close code of a revoked member's live sockets. */
export const REVOKED_CLOSE_CODE = 4001

/**
 * The close reason that goes with it, as JSON (at most 90 bytes of the 123 a close reason may
 * have): who removed the member and when, so the removed device can say so in words. Names stay
 * on the devices; the member list the device already holds turns `by` into a name.
 */
export const RevokedCloseReasonSchema = v.strictObject({ by: IdSchema, at: TimeSchema })
export type RevokedCloseReason = v.InferOutput<typeof RevokedCloseReasonSchema>
