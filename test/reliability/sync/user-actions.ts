import { addComment, ActionError, createItem, deleteItem, setStatus, updateItem } from '../../../extension/sync/outbox'
import type { ItemRow } from '../../../extension/db/types'
import type { ItemContent } from '../../../shared/schema/content'
import { PRIORITIES, STATUSES, type Meta, type MetaPatch, type Status } from '../../../shared/schema/item'
import { TRANSITIONS } from '../../../shared/status'
import type { Device } from './device'
import { inDevice } from './device-context'
import type { World } from './world'

const CATEGORIES = ['finance', 'rh', 'juridique', null] as const

/** A random user action on a device, through the extension's own actions (sync/outbox.ts). */
export async function act(w: World, d: Device): Promise<void> {
  const p = w.prng
  const items = (await d.database.items.where('workspaceId').equals(w.workspaceId).toArray())
    .filter((i) => i.deleted === 0)
    .sort((a, b) => (a.id < b.id ? -1 : 1))
  const executive = d.member.role === 'executive'
  const mine = executive ? items : items.filter((i) => i.meta.assigneeId === null || i.meta.assigneeId === d.member.id)
  let choice = executive
    ? p.weighted({ create: items.length < 3 ? 60 : 25, edit: 15, reassign: 15, status: 20, comment: 12, delete: 5 })
    : p.weighted({ status: 60, comment: 40 })
  if (choice !== 'create' && mine.length === 0) {
    // Nothing this device may touch yet: let an executive clip something instead.
    const executives = w.devices.filter((x) => x.member.role === 'executive')
    if (!executive) return act(w, p.pick(executives))
    choice = 'create'
  }
  const target = choice === 'create' ? null : p.pick(mine)
  w.count(`act:${choice}`)
  const ws = w.workspaceId
  const run = async (): Promise<{ itemId: string; commentId?: string } | null> => {
    switch (choice) {
      case 'create':
        return { itemId: await createItem(ws, content(w, d), meta(w)) }
      case 'edit':
        await updateItem(ws, target!.id, edit(w, d))
        return { itemId: target!.id }
      case 'reassign':
        await updateItem(ws, target!.id, { meta: { assigneeId: assignee(w) } })
        return { itemId: target!.id }
      case 'status':
        await setStatus(ws, target!.id, nextStatus(w, target!))
        return { itemId: target!.id }
      case 'comment': {
        const commentId = await addComment(ws, target!.id, `comment by ${d.tag} at ${w.step}`)
        return { itemId: target!.id, commentId }
      }
      case 'delete':
        await deleteItem(ws, target!.id)
        return { itemId: target!.id }
    }
  }
  let done: { itemId: string; commentId?: string } | null
  try {
    done = await inDevice(d.scope, run)
  } catch (err) {
    // A change the local rights refuse (an illegal status jump) never reaches the outbox.
    if (err instanceof ActionError) {
      w.log(`${w.step} ${d.tag} ${choice} ${target?.id ?? ''}: refused locally`)
      return
    }
    throw err
  }
  if (!done) return
  const ws2 = await d.database.workspaces.get(ws)
  const mutationId = ws2!.nextMutationId - 1
  d.recorded.push({ mutationId, name: choice, itemId: done.itemId, commentId: done.commentId })
  w.log(`${w.step} ${d.tag} #${mutationId} ${choice} ${done.itemId}${done.commentId ? ` ${done.commentId}` : ''}`)
}

function content(w: World, d: Device): ItemContent {
  const p = w.prng
  return {
    title: `${d.tag} item at step ${w.step} ${'é'.repeat(p.int(0, 3))}`,
    note: 'n'.repeat(p.int(0, 40)),
    source: p.chance(0.5) ? { kind: 'manual' } : { kind: 'page', url: `https://example.test/${w.step}`, title: 'Page' },
  }
}

function assignee(w: World): string | null {
  return w.prng.chance(0.3) ? null : w.prng.pick(w.assistants).id
}

function meta(w: World): Meta {
  const p = w.prng
  return {
    priority: p.pick(PRIORITIES),
    dueAt: p.chance(0.5) ? null : 1_800_000_000_000 + p.int(0, 1000) * 3_600_000,
    assigneeId: assignee(w),
    category: p.pick(CATEGORIES),
    confidential: p.chance(0.25),
  }
}

function edit(w: World, d: Device): { content?: ItemContent; meta?: MetaPatch } {
  const p = w.prng
  const out: { content?: ItemContent; meta?: MetaPatch } = {}
  if (p.chance(0.5)) out.content = content(w, d)
  const meta: MetaPatch = {}
  if (p.chance(0.4)) meta.priority = p.pick(PRIORITIES)
  if (p.chance(0.3)) meta.dueAt = p.chance(0.3) ? null : 1_800_000_000_000 + p.int(0, 1000) * 3_600_000
  if (p.chance(0.3)) meta.category = p.pick(CATEGORIES)
  if (p.chance(0.25)) meta.confidential = p.chance(0.5)
  if (Object.keys(meta).length || !out.content) out.meta = meta
  return out
}

/** Usually a legal move from what the device sees; sometimes any status (refused locally). */
function nextStatus(w: World, item: ItemRow): Status {
  const legal = TRANSITIONS[item.status]
  return w.prng.chance(0.9) && legal.length ? w.prng.pick(legal) : w.prng.pick(STATUSES)
}
