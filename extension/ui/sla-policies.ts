import { useMemo } from 'preact/hooks'
import { DEFAULT_SLA_POLICY, type SlaPolicy } from '../../shared/schema/sla'
import { db } from '../db/database'
import { slaPolicy } from '../db/settings'
import { useLiveQuery } from './hooks/use-live-query'

// The views judge thousands of rows per render: a synchronous lookup, kept fresh by the hook below.
const policies = new Map<string, SlaPolicy>()

/** The workspace's SLA policy as the background last stored it, or the default before that. */
export function policyFor(workspaceId: string): SlaPolicy {
  return policies.get(workspaceId) ?? DEFAULT_SLA_POLICY
}

/**
 * Watches the stored policies. Called once at the top of a page, so that a policy change
 * re-renders the page and every SLA badge below reads the new one.
 */
export function useSlaPolicies(): ReadonlyMap<string, SlaPolicy> {
  const rows = useLiveQuery(() => db().settings.where('key').startsWith(slaPolicy.prefix).toArray(), [])
  return useMemo(() => {
    policies.clear()
    for (const row of rows ?? [])
      policies.set(row.key.slice(slaPolicy.prefix.length), slaPolicy(row.key.slice(slaPolicy.prefix.length)).parse(row.value))
    return new Map(policies)
  }, [rows])
}
