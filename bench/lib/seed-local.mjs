// Fills a profile's store directly (no server): a workspace row the queue shows, and item rows
// shaped as the sync engine writes them (extension/db/types.ts, extension/sync/sort-key.ts).
// The workspace has no secret, so the background never syncs it and nothing overwrites the rows.

/** Runs in the service worker: `relaisDb` is the background's test hook. */
export async function seedQueue(sw, { total, open, workspaceId = 'bench-ws', me = 'bench-assistant', exec = 'bench-exec' }) {
  return sw.evaluate(
    async ({ total, open, workspaceId, me, exec }) => {
      const db = globalThis.relaisDb()
      const now = Date.now()
      await db.workspaces.put({
        id: workspaceId,
        name: 'Bench',
        serverUrl: 'http://127.0.0.1:9',
        memberId: me,
        role: 'assistant',
        displayName: 'Assistant',
        clientId: 'bench-client',
        nextMutationId: 1,
        cursor: null,
        joinedAt: now,
        members: [
          { id: exec, role: 'executive', displayName: 'Executive', revoked: false },
          { id: me, role: 'assistant', displayName: 'Assistant', revoked: false },
        ],
      })
      const OPEN = ['new', 'acknowledged', 'in_progress', 'waiting']
      const PRIORITY = ['low', 'normal', 'normal', 'high', 'urgent']
      const RANK = { urgent: 0, high: 1, normal: 2, low: 3 }
      const sortKey = (meta, createdAt) =>
        `${meta.dueAt === null ? '9999999999999' : String(meta.dueAt).padStart(13, '0')}.${RANK[meta.priority]}.${String(createdAt).padStart(13, '0')}`
      const already = await db.items.count()
      const batch = []
      for (let i = already; i < total; i++) {
        // Open items spread through the whole history, as real queues keep a few old ones open.
        const isOpen = i % Math.max(1, Math.round(total / open)) === 0
        const status = isOpen ? OPEN[i % OPEN.length] : i % 10 === 0 ? 'cancelled' : 'done'
        const createdAt = now - (total - i) * 30 * 60_000
        const meta = {
          priority: PRIORITY[i % PRIORITY.length],
          dueAt: i % 3 === 0 ? null : createdAt + 86_400_000,
          assigneeId: i % 4 === 0 ? me : null,
          category: i % 5 === 0 ? 'finance' : null,
          confidential: i % 23 === 0,
        }
        batch.push({
          id: `bench-${String(i).padStart(6, '0')}`,
          workspaceId,
          meta,
          status,
          createdBy: exec,
          createdAt,
          updatedAt: createdAt + 60_000,
          content: {
            title: `Dossier ${i}: relancer le cabinet pour la due diligence`,
            note: 'Voir le fil avec le DAF avant vendredi.',
            source: {
              kind: 'page',
              url: `https://intranet.example.com/d/${i}`,
              title: 'Intranet',
              excerpt: 'Merci de vérifier les dates avec l’agenda partagé.',
            },
          },
          statusTimes: { new: createdAt, ...(isOpen ? {} : { [status]: createdAt + 60_000 }) },
          deleted: 0,
          pending: 0,
          sortKey: sortKey(meta, createdAt),
          unseen: 0,
        })
        if (batch.length === 5000) await db.items.bulkPut(batch.splice(0))
      }
      if (batch.length) await db.items.bulkPut(batch)
      return db.items.count()
    },
    { total, open, workspaceId, me, exec },
  )
}

export async function openAll(sw) {
  return sw.evaluate(async () => globalThis.relaisDb().items.toCollection().modify({ status: 'new' }))
}
