import type { SlaPolicy } from '../../shared/schema/sla'
import { slaPolicy } from './settings'

/** The workspace's policy as last fetched, or the default until the first fetch. */
export function readSlaPolicy(workspaceId: string): Promise<SlaPolicy> {
  return slaPolicy(workspaceId).read()
}
