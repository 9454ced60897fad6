import { exports } from 'cloudflare:workers'
import { PROTOCOL_VERSION } from '../../shared/protocol-version'
import type { Mutation } from '../../shared/schema/sync'

/** Calls the worker exactly as an outside client would, through its fetch handler. */
export async function call(method: string, path: string, opts: { token?: string; body?: unknown; raw?: BodyInit; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { ...(opts.headers ?? {}) }
  if (opts.token) headers.authorization = `Bearer ${opts.token}`
  let body: BodyInit | undefined = opts.raw
  if (opts.body !== undefined) {
    body = JSON.stringify(opts.body)
    headers['content-type'] ??= 'application/json; charset=utf-8'
  }
  const res = await exports.default.fetch(new Request(`http://relais.test${path}`, { method, headers, body }))
  const text = await res.text()
  let json: any = null
  try { json = text ? JSON.parse(text) : null } catch { json = text }
  return { status: res.status, json, headers: res.headers }
}

export async function createWorkspace(name = 'Acme', displayName = 'Claire (CEO)') {
  const r = await call('POST', '/v1/workspaces', { body: { name, displayName } })
  if (r.status !== 201) throw new Error(`create failed ${r.status} ${JSON.stringify(r.json)}`)
  return r.json as { workspace: { id: string; name: string }; member: { id: string; role: string; displayName: string }; token: string }
}

export async function invite(execToken: string, role: 'assistant' | 'executive' = 'assistant', displayName = 'Sam') {
  const inv = await call('POST', '/v1/invites', { token: execToken, body: { role } })
  if (inv.status !== 201) throw new Error(`invite failed ${inv.status}`)
  const acc = await call('POST', '/v1/invites/accept', { body: { code: inv.json.code, displayName } })
  if (acc.status !== 201) throw new Error(`accept failed ${acc.status}`)
  return acc.json as { workspace: { id: string }; member: { id: string; role: string }; token: string }
}

/** A workspace with one executive and one assistant. */
export async function team() {
  const exec = await createWorkspace()
  const assistant = await invite(exec.token)
  return { exec, assistant }
}

let seq = 0
export function uid(prefix = 'id'): string {
  seq++
  return `${prefix}-${seq}-${Math.random().toString(36).slice(2, 8)}`
}

export const sealed = (text: string) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')

export const meta = (over: Partial<{ priority: string; dueAt: number | null; assigneeId: string | null; category: string | null; confidential: boolean }> = {}) => ({
  priority: 'normal', dueAt: null, assigneeId: null, category: null, confidential: false, ...over,
})

export function push(token: string, clientId: string, mutations: Partial<Mutation>[] | unknown[]) {
  return call('POST', '/v1/sync/push', { token, body: { protocolVersion: PROTOCOL_VERSION, clientId, mutations } })
}

export function pull(token: string, cursor?: string) {
  return call('GET', `/v1/sync/pull${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`, { token })
}
