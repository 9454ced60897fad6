/**
 * Settings rows that belong to one workspace, named in one place so that leaving a workspace
 * wipes every one of them.
 */
export const slaPolicyKey = (workspaceId: string) => `sla:${workspaceId}`
export const slaFetchedKey = (workspaceId: string) => `sla-fetched:${workspaceId}`
export const slaNoticesKey = (workspaceId: string) => `sla-notices:${workspaceId}`

export function workspaceSettingKeys(workspaceId: string): string[] {
  return [slaPolicyKey(workspaceId), slaFetchedKey(workspaceId), slaNoticesKey(workspaceId)]
}
