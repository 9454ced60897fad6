import * as common from './common'
import * as files from './files'
import * as glossary from './glossary'
import * as item from './item'
import * as keys from './keys'
import * as kpi from './kpi'
import * as sla from './sla'
import * as sync from './sync'
import * as workspace from './workspace'

/**
 * Every schema that crosses the wire between worker and clients, by name. The protocol
 * version test hashes this list, so no wire change slips in without a version bump.
 */
export const WIRE_SCHEMAS = {
  ErrorBody: common.ErrorBodySchema,
  Health: common.HealthSchema,
  CreateWorkspaceRequest: workspace.CreateWorkspaceRequestSchema,
  SessionResponse: workspace.SessionResponseSchema,
  WorkspaceResponse: workspace.WorkspaceResponseSchema,
  CreateInviteRequest: workspace.CreateInviteRequestSchema,
  InviteResponse: workspace.InviteResponseSchema,
  AcceptInviteRequest: workspace.AcceptInviteRequestSchema,
  PushRequest: sync.PushRequestSchema,
  PushResponse: sync.PushResponseSchema,
  PullQuery: sync.PullQuerySchema,
  PullResponse: sync.PullResponseSchema,
  Poke: sync.PokeSchema,
  Item: item.ItemSchema,
  Comment: item.CommentSchema,
  GlossaryQuery: glossary.GlossaryQuerySchema,
  GlossaryResponse: glossary.GlossaryResponseSchema,
  NewGlossaryTerm: glossary.NewGlossaryTermSchema,
  SlaPolicy: sla.SlaPolicySchema,
  KpiQuery: kpi.KpiQuerySchema,
  KpiResponse: kpi.KpiEndpointResponseSchema,
  PublishDeviceKeyRequest: keys.PublishDeviceKeyRequestSchema,
  DevicesResponse: keys.DevicesResponseSchema,
  PostKeyRequest: keys.PostKeyRequestSchema,
  KeysQuery: keys.KeysQuerySchema,
  KeysResponse: keys.KeysResponseSchema,
  BeginUploadRequest: files.BeginUploadRequestSchema,
  FileStatus: files.FileStatusSchema,
} as const
