import { db } from './database'

/**
 * Why a workspace left this device, kept after its wipe so the person is told in words. It holds
 * no item content: the workspace's name, who removed the member (a name, or null when this
 * device never learned it), and when.
 */
export type Departure = { workspaceId: string; workspaceName: string; reason: 'revoked' | 'left'; by: string | null; at: number }

export const DEPARTURES_KEY = 'departures'
/** Only the latest few are worth a message. */
const KEEP = 5

export function departuresOf(value: unknown): Departure[] {
  if (!Array.isArray(value)) return []
  return value.filter(
    (d): d is Departure =>
      typeof d === 'object' &&
      d !== null &&
      typeof d.workspaceId === 'string' &&
      typeof d.workspaceName === 'string' &&
      (d.reason === 'revoked' || d.reason === 'left') &&
      (d.by === null || typeof d.by === 'string') &&
      typeof d.at === 'number',
  )
}

/** Adds a departure; call inside a transaction that includes `settings`. */
export async function recordDeparture(departure: Departure): Promise<void> {
  const settings = db().settings
  const kept = departuresOf((await settings.get(DEPARTURES_KEY))?.value).filter((d) => d.workspaceId !== departure.workspaceId)
  await settings.put({ key: DEPARTURES_KEY, value: [departure, ...kept].slice(0, KEEP) })
}

export async function dismissDeparture(workspaceId: string): Promise<void> {
  const settings = db().settings
  await db().transaction('rw', settings, async () => {
    const kept = departuresOf((await settings.get(DEPARTURES_KEY))?.value).filter((d) => d.workspaceId !== workspaceId)
    await settings.put({ key: DEPARTURES_KEY, value: kept })
  })
}
