import type * as v from 'valibot'
import { PROTOCOL_VERSION } from '../../../shared/protocol-version'
import { GlossaryQuerySchema, NewGlossaryTermSchema } from '../../../shared/schema/glossary'
import { KpiQuerySchema } from '../../../shared/schema/kpi'
import { DEFAULT_SLA_POLICY, SlaPolicySchema } from '../../../shared/schema/sla'
import { PullQuerySchema, PushRequestSchema } from '../../../shared/schema/sync'
import { BeginUploadRequestSchema } from '../../../shared/schema/files'
import { KeysQuerySchema, PostKeyRequestSchema, PublishDeviceKeyRequestSchema } from '../../../shared/schema/keys'
import { AcceptInviteRequestSchema, CreateInviteRequestSchema, CreateWorkspaceRequestSchema } from '../../../shared/schema/workspace'
import { app } from '../../../worker/src/app'
import { meta, sealed } from '../../worker/helpers'

/** How a route authenticates: which credentials make a request to it malformed. */
export type Auth = 'none' | 'required' | 'optional' | 'live'

/**
 * What each route accepts, so the fuzzer knows what "malformed" means for it. The keys must be
 * exactly the worker's route list: a new route without an entry fails the suite.
 */
export type RouteSpec = {
  auth: Auth
  /** The JSON body schema, and a valid body to mutate. */
  body?: { schema: v.GenericSchema; valid: (workspaceId: string) => unknown }
  query?: v.GenericSchema
  /** The path has an id parameter. */
  param?: boolean
  /** Answers 404 unless the worker runs with BENCH_ROUTES=1 (npm run bench only). */
  off?: boolean
}

const pushBody = () => ({
  protocolVersion: PROTOCOL_VERSION,
  clientId: 'fuzz-client',
  mutations: [
    { id: 1, name: 'createItem', args: { item: { id: 'fuzz-item', sealed: sealed('fuzz'), meta: meta({ category: 'x' }) } } },
    { id: 2, name: 'setStatus', args: { id: 'fuzz-item', status: 'done' } },
    { id: 3, name: 'updateItem', args: { id: 'fuzz-item', sealed: sealed('y'), meta: { priority: 'high', dueAt: 1 } } },
    { id: 4, name: 'addComment', args: { itemId: 'fuzz-item', comment: { id: 'fuzz-c', sealed: sealed('c') } } },
    { id: 5, name: 'deleteItem', args: { id: 'fuzz-item' } },
  ],
})

export const SPECS: Record<string, RouteSpec> = {
  'GET /healthz': { auth: 'none' },
  'POST /v1/workspaces': {
    auth: 'none',
    body: { schema: CreateWorkspaceRequestSchema, valid: () => ({ name: 'Acme', displayName: 'Claire' }) },
  },
  'GET /v1/workspace': { auth: 'required' },
  'POST /v1/invites': { auth: 'required', body: { schema: CreateInviteRequestSchema, valid: () => ({ role: 'assistant' }) } },
  'POST /v1/invites/accept': {
    auth: 'none',
    body: { schema: AcceptInviteRequestSchema, valid: (ws) => ({ code: `${ws}.${'A'.repeat(22)}`, displayName: 'Eve' }) },
  },
  'DELETE /v1/members/:memberId': { auth: 'required', param: true },
  'POST /v1/sync/push': { auth: 'required', body: { schema: PushRequestSchema, valid: pushBody } },
  'GET /v1/sync/pull': { auth: 'required', query: PullQuerySchema },
  'GET /v1/sync/live': { auth: 'live' },
  'GET /v1/sla-policy': { auth: 'required' },
  'PUT /v1/sla-policy': { auth: 'required', body: { schema: SlaPolicySchema, valid: () => structuredClone(DEFAULT_SLA_POLICY) } },
  'GET /v1/glossary': { auth: 'optional', query: GlossaryQuerySchema },
  'POST /v1/glossary/terms': {
    auth: 'required',
    body: {
      schema: NewGlossaryTermSchema,
      valid: () => ({ term: 'Kbis', aliases: ['K-bis'], definition: 'Extrait', lang: 'fr', category: 'legal' }),
    },
  },
  'DELETE /v1/glossary/terms/:id': { auth: 'required', param: true },
  'GET /v1/kpis': { auth: 'required', query: KpiQuerySchema },
  'GET /glossary': { auth: 'none', query: GlossaryQuerySchema },
  'GET /glossary/:id': { auth: 'none', query: GlossaryQuerySchema, param: true },
  'PUT /v1/devices/:clientId/key': {
    auth: 'required',
    param: true,
    body: { schema: PublishDeviceKeyRequestSchema, valid: () => ({ publicKey: `B${'A'.repeat(86)}` }) },
  },
  'GET /v1/devices': { auth: 'required' },
  'POST /v1/keys': {
    auth: 'required',
    body: {
      schema: PostKeyRequestSchema,
      valid: () => ({ keyId: 'k2', envelopes: [{ clientId: 'fuzz-client', wrapped: 'A'.repeat(150) }] }),
    },
  },
  'GET /v1/keys': { auth: 'required', query: KeysQuerySchema },
  'PUT /v1/files/:fileId': {
    auth: 'required',
    param: true,
    body: { schema: BeginUploadRequestSchema, valid: () => ({ itemId: 'fuzz-item', size: 100, chunks: 1 }) },
  },
  'GET /v1/files/:fileId': { auth: 'required', param: true },
  // Chunks are octet-stream bodies: any JSON the fuzzer sends them is the wrong type (415).
  'PUT /v1/files/:fileId/chunks/:index': { auth: 'required', param: true },
  'GET /v1/files/:fileId/chunks/:index': { auth: 'required', param: true },
  'POST /v1/files/:fileId/complete': { auth: 'required', param: true },
  'DELETE /v1/files/:fileId': { auth: 'required', param: true },
  'POST /bench/noop': { auth: 'none', off: true },
  'PUT /bench/blob/:key': { auth: 'none', off: true, param: true },
  'GET /bench/blob/:key': { auth: 'none', off: true, param: true },
}

/** Every route the worker serves, from its own router (middleware and the CORS preflight aside). */
export function workerRoutes(): string[] {
  return [...new Set(app.routes.filter((r) => r.method !== 'ALL' && r.method !== 'OPTIONS').map((r) => `${r.method} ${r.path}`))].sort()
}

const patterns = () =>
  app.routes
    .filter((r) => r.method !== 'ALL' && r.method !== 'OPTIONS')
    .map((r) => ({ method: r.method, re: new RegExp(`^${r.path.replace(/:[A-Za-z]+/g, '[^/]+')}$`) }))

/** The methods some route registers for a concrete path (GET also answers HEAD). */
export function methodsFor(path: string): Set<string> {
  const bare = path.split('?')[0]!
  return new Set(
    patterns()
      .filter((p) => p.re.test(bare))
      .map((p) => p.method),
  )
}
