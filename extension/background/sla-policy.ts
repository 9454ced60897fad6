import { SlaPolicySchema, type SlaPolicy } from '../../shared/schema/sla'
import { db } from '../db/database'
import { slaFetchedAt, slaPolicy } from '../db/settings'
import { apiClient, readResponse } from '../sync/http-transport'

/**
 * The workspace's SLA policy, kept on the device so SLA states, the dashboard and due-soon
 * alerts work offline. Fetched after sync rounds, at most this often: the policy changes
 * rarely, and an executive's own change is stored at once from the PUT's answer.
 */
export const SLA_REFRESH_MS = 5 * 60_000

/** Fetches the policy if the last fetch is older than SLA_REFRESH_MS; failures wait for the next round. */
export async function refreshSlaPolicy(workspaceId: string, now = Date.now()): Promise<void> {
  const fetched = await slaFetchedAt(workspaceId).read()
  if (fetched !== null && now - fetched < SLA_REFRESH_MS && now >= fetched) return
  const target = await endpoint(workspaceId)
  if (!target) return
  const result = await readResponse(() => apiClient(target.serverUrl, target.token).v1['sla-policy'].$get(), SlaPolicySchema)
  if (!result.ok) return
  await store(workspaceId, result.value, now)
}

/** Sends an executive's policy; the server's answer (the policy it keeps) is stored at once. */
export async function putSlaPolicy(workspaceId: string, policy: SlaPolicy): Promise<SlaPolicy> {
  const target = await endpoint(workspaceId)
  if (!target) throw new Error('Unknown workspace')
  const result = await readResponse(
    () => apiClient(target.serverUrl, target.token).v1['sla-policy'].$put({ json: policy }),
    SlaPolicySchema,
  )
  if (!result.ok) throw new Error(result.message)
  await store(workspaceId, result.value, Date.now())
  return result.value
}

async function endpoint(workspaceId: string): Promise<{ serverUrl: string; token: string } | null> {
  const [ws, secret] = await Promise.all([db().workspaces.get(workspaceId), db().secrets.get(workspaceId)])
  return ws && secret ? { serverUrl: ws.serverUrl, token: secret.token } : null
}

async function store(workspaceId: string, policy: SlaPolicy, at: number): Promise<void> {
  const d = db()
  await d.transaction('rw', [d.workspaces, d.settings], async () => {
    // Left or revoked while the request was out: nothing of it may stay behind.
    if (!(await d.workspaces.get(workspaceId))) return
    await slaPolicy(workspaceId).write(policy)
    await slaFetchedAt(workspaceId).write(at)
  })
}
