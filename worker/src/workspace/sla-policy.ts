import * as v from 'valibot'
import { canSee } from '../../../shared/rights'
import { DEFAULT_SLA_POLICY, SlaPolicySchema, type SlaPolicy } from '../../../shared/schema/sla'
import { ok, type Outcome } from '../outcome'
import type { Me, Workspace } from './call'
import { factsOf } from './rows'
import type { WorkspaceStore } from './store'

const PolicyJson = v.pipe(v.string(), v.parseJson(), SlaPolicySchema)

/** The stored policy, or the default if there is none or it no longer parses. */
export function slaPolicy(store: WorkspaceStore): SlaPolicy {
  const stored = store.get('sla_policy')
  if (!stored) return DEFAULT_SLA_POLICY
  const parsed = v.safeParse(PolicyJson, stored)
  return parsed.success ? parsed.output : DEFAULT_SLA_POLICY
}

export function putSlaPolicy(ws: Workspace, policy: SlaPolicy): Outcome<SlaPolicy> {
  ws.transact(() => {
    ws.store.set('sla_policy', JSON.stringify(policy))
    ws.store.nextVersion()
  })
  ws.effects.poke('all')
  return ok(policy)
}

/** Metadata only (never sealed content), for KPIs: what this member may see. */
export function kpiInput(store: WorkspaceStore, me: Me) {
  const items = store.liveItems().filter((i) => canSee(me, factsOf(i)))
  return ok({
    items: items.map(({ sealed: _sealed, version: _version, ...rest }) => rest),
    policy: slaPolicy(store),
    members: store.members(),
    lastComments: store.lastCommentTimes(),
  })
}
