import * as v from 'valibot'
import { DEFAULT_SLA_POLICY, SlaPolicySchema, type SlaPolicy } from '../../shared/schema/sla'
import { db } from './database'
import { slaPolicyKey } from './workspace-settings'

/** A stored policy row's value, checked again (it came from the server): the default if unusable. */
export function policyOf(value: unknown): SlaPolicy {
  const parsed = v.safeParse(SlaPolicySchema, value)
  return parsed.success ? parsed.output : DEFAULT_SLA_POLICY
}

/** The workspace's policy as last fetched, or the default until the first fetch. */
export async function readSlaPolicy(workspaceId: string): Promise<SlaPolicy> {
  return policyOf((await db().settings.get(slaPolicyKey(workspaceId)))?.value)
}
