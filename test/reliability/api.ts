import type { Session } from '../worker/helpers'
import { workerFetch } from './worker-fetch'

/** JSON calls to the worker for setting up fixtures, like test/worker/helpers but via workerFetch. */
export async function call(method: string, path: string, opts: { token?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { ...(opts.headers ?? {}) }
  if (opts.token) headers.authorization = `Bearer ${opts.token}`
  if (opts.body !== undefined) headers['content-type'] = 'application/json'
  const res = await workerFetch(
    new Request(`http://relais.test${path}`, { method, headers, body: opts.body === undefined ? undefined : JSON.stringify(opts.body) }),
  )
  const text = await res.text()
  return { status: res.status, json: text ? JSON.parse(text) : null }
}

export async function createWorkspace(name: string, displayName: string): Promise<Session> {
  const r = await call('POST', '/v1/workspaces', { body: { name, displayName } })
  if (r.status !== 201) throw new Error(`create failed ${r.status}`)
  return r.json
}

let callers = 0

export async function invite(execToken: string, role: 'assistant' | 'executive', displayName: string): Promise<Session> {
  const inv = await call('POST', '/v1/invites', { token: execToken, body: { role } })
  if (inv.status !== 201) throw new Error(`invite failed ${inv.status}`)
  // A fresh caller address each time, so fixtures never eat into the invite-guessing budget.
  const acc = await call('POST', '/v1/invites/accept', {
    body: { code: inv.json.code, displayName },
    headers: { 'cf-connecting-ip': `fixture-${++callers}` },
  })
  if (acc.status !== 201) throw new Error(`accept failed ${acc.status}`)
  return acc.json
}
