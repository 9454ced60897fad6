import * as v from 'valibot'
import { PokeSchema } from '../../shared/schema/sync'
import { REVOKED_CLOSE_CODE } from '../../shared/schema/workspace'
import { db } from '../db/database'
import { noteRemoval } from './removal-notes'

/**
 * One WebSocket per workspace for pokes. Sockets are handles, not state: a restarted service
 * worker opens them again from what is in the store. Pinging every 20 s keeps Chrome from
 * stopping the worker while a socket is open.
 */
const sockets = new Map<string, WebSocket>()
const attempts = new Map<string, number>()

export async function connectAll(onPoke: (workspaceId: string) => void): Promise<void> {
  const workspaces = await db().workspaces.toArray()
  const ids = new Set(workspaces.map((w) => w.id))
  for (const [id, socket] of sockets) {
    if (!ids.has(id)) {
      socket.close()
      sockets.delete(id)
    }
  }
  for (const ws of workspaces) {
    if (sockets.has(ws.id)) continue
    const secret = await db().secrets.get(ws.id)
    if (secret) open(ws.id, ws.serverUrl, secret.token, onPoke)
  }
}

function open(workspaceId: string, serverUrl: string, token: string, onPoke: (workspaceId: string) => void): void {
  const url = new URL('/v1/sync/live', serverUrl)
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:'
  let socket: WebSocket
  try {
    socket = new WebSocket(url, ['relais.v1', `bearer.${token}`])
  } catch {
    return
  }
  sockets.set(workspaceId, socket)
  const ping = setInterval(() => socket.readyState === WebSocket.OPEN && socket.send('ping'), 20_000)
  socket.addEventListener('open', () => attempts.set(workspaceId, 0))
  socket.addEventListener('message', (event) => {
    if (typeof event.data !== 'string' || event.data === 'pong') return
    let data: unknown
    try {
      data = JSON.parse(event.data)
    } catch {
      return
    }
    if (v.is(PokeSchema, data)) onPoke(workspaceId)
  })
  socket.addEventListener('close', (event) => {
    clearInterval(ping)
    if (sockets.get(workspaceId) === socket) sockets.delete(workspaceId)
    // Revoked: one more round meets the 401 and wipes the workspace from this device; the
    // reason (who, when) is kept for the message that says so.
    if (event.code === REVOKED_CLOSE_CODE) {
      noteRemoval(workspaceId, event.reason)
      return onPoke(workspaceId)
    }
    const n = (attempts.get(workspaceId) ?? 0) + 1
    attempts.set(workspaceId, n)
    setTimeout(() => void reconnect(workspaceId, onPoke), Math.min(30_000, 500 * 2 ** n))
  })
}

async function reconnect(workspaceId: string, onPoke: (workspaceId: string) => void): Promise<void> {
  const ws = await db().workspaces.get(workspaceId)
  const secret = await db().secrets.get(workspaceId)
  if (ws && secret && !sockets.has(workspaceId)) {
    open(workspaceId, ws.serverUrl, secret.token, onPoke)
    onPoke(workspaceId)
  }
}

export function disconnect(workspaceId: string): void {
  sockets.get(workspaceId)?.close()
  sockets.delete(workspaceId)
}
