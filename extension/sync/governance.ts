import { PlaybookContentSchema } from '../../shared/schema/content'
import type { Playbook, PullResponse } from '../../shared/schema/sync'
import { open } from '../crypto/seal'
import { db } from '../db/database'
import type { OutboxRow, WorkspaceRow } from '../db/types'
import type { KeyRing } from './keys'

/**
 * Stores what a pull says about governance: playbooks (opened with the key ring) and item
 * history. It runs before the engine applies the items and moves the cursor, so a service
 * worker that dies in between only writes the same keyed rows again on the next pull.
 *
 * A playbook this device changed and the server has not acknowledged yet keeps the local text:
 * the pull may carry an older version. One acknowledged but absent from the pull was refused
 * (an accepted change always comes back with a new version), so its local row goes.
 */
export async function storeGovernance(ws: WorkspaceRow, keys: KeyRing, r: PullResponse): Promise<void> {
  const opened = await Promise.all(r.playbooks.map(async (p) => ({ p, text: await openPlaybook(p, keys) })))
  const d = db()
  await d.transaction('rw', [d.playbooks, d.events, d.outbox], async () => {
    const acknowledged = r.lastMutationIds[ws.clientId] ?? 0
    const sent = (id: number | null) => id === null || id <= acknowledged
    const unsent = await d.outbox
      .where('[workspaceId+mutationId]')
      .between([ws.id, acknowledged + 1], [ws.id, Infinity])
      .toArray()
    const editing = new Set(unsent.flatMap((e: OutboxRow) => (e.mutation.name === 'setPlaybook' ? [e.mutation.args.category] : [])))

    if (r.reset) {
      await d.events.where('workspaceId').equals(ws.id).delete()
      await d.playbooks
        .where('workspaceId')
        .equals(ws.id)
        .filter((p) => sent(p.pendingMutationId))
        .delete()
    }
    const arrived = new Set<string>()
    for (const { p, text } of opened) {
      arrived.add(p.category)
      if (editing.has(p.category)) continue
      if (p.sealed === '') await d.playbooks.delete([ws.id, p.category])
      else
        await d.playbooks.put({
          workspaceId: ws.id,
          category: p.category,
          text,
          updatedBy: p.updatedBy,
          updatedAt: p.updatedAt,
          pendingMutationId: null,
        })
    }
    await d.playbooks
      .where('workspaceId')
      .equals(ws.id)
      .filter((p) => p.pendingMutationId !== null && sent(p.pendingMutationId) && !arrived.has(p.category))
      .delete()
    if (r.events.length > 0) await d.events.bulkPut(r.events.map((e) => ({ ...e, workspaceId: ws.id })))
  })
}

/** The playbook's text, '' for a tombstone, null when no key here opens it. */
async function openPlaybook(p: Playbook, keys: KeyRing): Promise<string | null> {
  if (p.sealed === '') return ''
  return (await open(p.sealed, keys.all, PlaybookContentSchema))?.text ?? null
}
