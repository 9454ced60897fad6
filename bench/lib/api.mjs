// A bare client of the sync API (docs/API.md), for seeding and for the HTTP baselines.
import { randomBytes } from 'node:crypto'

// The worker says which protocol it speaks; asking keeps this file free of TypeScript imports.
const protocols = new Map()
async function protocolOf(url) {
  if (!protocols.has(url))
    protocols.set(
      url,
      fetch(`${url}/healthz`)
        .then((r) => r.json())
        .then((b) => b.protocolVersion),
    )
  return protocols.get(url)
}

export function client(url, token) {
  const call = async (method, path, body) => {
    const res = await fetch(url + path, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await res.text()
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${text.slice(0, 200)}`)
    return text ? JSON.parse(text) : null
  }
  return {
    createWorkspace: (name, displayName) => call('POST', '/v1/workspaces', { name, displayName }),
    invite: (role) => call('POST', '/v1/invites', { role }),
    accept: (code, displayName) => call('POST', '/v1/invites/accept', { code, displayName }),
    push: async (clientId, mutations) => call('POST', '/v1/sync/push', { protocolVersion: await protocolOf(url), clientId, mutations }),
    pull: (cursor) => call('GET', `/v1/sync/pull${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`),
  }
}

/** An executive and an assistant in a new workspace, straight through the API. */
export async function pairOverHttp(url, name = 'Bench') {
  const exec = await client(url).createWorkspace(name, 'Executive')
  const { code } = await client(url, exec.token).invite('assistant')
  const assistant = await client(url).accept(code, 'Assistant')
  return { workspaceId: exec.workspace.id, exec, assistant }
}

/** Client ids as the extension makes them: 1–64 characters of [A-Za-z0-9_-]. */
export const clientId = (prefix = 'bench') => `${prefix}-${randomBytes(8).toString('hex')}`
