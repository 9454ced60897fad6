import { render, type ComponentChild } from 'preact'
import { RelaisDatabase, setDatabase } from '../../../extension/db/database'
import type { ItemRow, WorkspaceRow } from '../../../extension/db/types'
import type { Meta, Status } from '../../../shared/schema/item'
import type { MemberListEntry, Role } from '../../../shared/schema/workspace'
import { sortKey } from '../../../extension/sync/sort-key'

/** A fresh database per test, so tests never see each other's rows. */
export function freshDatabase(): RelaisDatabase {
  const d = new RelaisDatabase(`test-${Math.random().toString(36).slice(2)}`)
  setDatabase(d)
  return d
}

export async function closeDatabase(d: RelaisDatabase): Promise<void> {
  setDatabase(null)
  d.close()
  await d.delete()
}

export function workspace(id: string, role: Role, memberId: string, members: MemberListEntry[], name = id): WorkspaceRow {
  return {
    id,
    name,
    serverUrl: 'http://127.0.0.1:8787',
    memberId,
    role,
    displayName: members.find((m) => m.id === memberId)?.displayName ?? 'Me',
    clientId: `client-${id}`,
    nextMutationId: 1,
    cursor: null,
    members,
    joinedAt: 1,
  }
}

export const member = (id: string, role: Role, displayName: string, revoked = false): MemberListEntry => ({
  id,
  role,
  displayName,
  revoked,
})

/** An item as the background would have stored it after a pull. */
export function item(
  id: string,
  workspaceId: string,
  createdBy: string,
  over: Partial<Meta> & { title?: string; status?: Status; createdAt?: number } = {},
): ItemRow {
  const createdAt = over.createdAt ?? 1_700_000_000_000
  const meta: Meta = {
    priority: over.priority ?? 'normal',
    dueAt: over.dueAt ?? null,
    assigneeId: over.assigneeId ?? null,
    category: over.category ?? null,
    confidential: over.confidential ?? false,
  }
  const status = over.status ?? 'new'
  return {
    id,
    workspaceId,
    content: { title: over.title ?? id, note: '', source: { kind: 'manual' } },
    meta,
    status,
    createdBy,
    createdAt,
    updatedAt: createdAt,
    statusTimes: { [status]: createdAt },
    deleted: 0,
    pending: 0,
    sortKey: sortKey(meta, createdAt),
    unseen: 0,
  }
}

export function mount(node: ComponentChild): { root: HTMLElement; unmount: () => void } {
  const root = document.createElement('div')
  document.body.appendChild(root)
  render(node, root)
  return {
    root,
    unmount: () => {
      render(null, root)
      root.remove()
    },
  }
}

/** Polls until `check` stops throwing: Dexie live queries and Preact renders are asynchronous. */
export async function waitFor<T>(check: () => T | Promise<T>, timeoutMs = 3000): Promise<T> {
  const start = Date.now()
  let last: unknown
  for (;;) {
    try {
      return await check()
    } catch (err) {
      last = err
    }
    if (Date.now() - start > timeoutMs) throw last
    await new Promise((r) => setTimeout(r, 10))
  }
}

export function byText<T extends Element = HTMLElement>(root: ParentNode, selector: string, text: string): T {
  const found = [...root.querySelectorAll<T>(selector)].find((el) => el.textContent?.trim().startsWith(text))
  if (!found) throw new Error(`no ${selector} with text "${text}"`)
  return found
}

export function setValue(
  el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement,
  value: string,
  event: 'input' | 'change' = 'input',
): void {
  el.value = value
  el.dispatchEvent(new Event(event, { bubbles: true }))
}

/** Lets Preact re-render between user events, as a browser does between tasks. */
export const tick = () => new Promise((r) => setTimeout(r, 0))
