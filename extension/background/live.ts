import * as v from 'valibot'
import { browser } from 'wxt/browser'
import { PokeSchema } from '../../shared/schema/sync'
import { REVOKED_CLOSE_CODE } from '../../shared/schema/workspace'
import { db } from '../db/database'
import { noteRemoval } from './removal-notes'
import { inFastWindow, retryDelay } from './retry-delay'

export type LiveHooks = {
  /** The server says something changed (or the socket just opened: it pokes at once). */
  onPoke: (workspaceId: string) => void
  /** The socket opened: the network works, so whatever waited for it may go now. */
  onOpen: (workspaceId: string) => void
}

/**
 * One WebSocket per workspace for pokes; it is also the network probe while the server is out
 * of reach (see retry-delay.ts). Sockets, timers and attempt counts are handles, not state: a
 * restarted service worker (or Firefox event page) opens the sockets again from what is in the
 * store and starts counting afresh. Pinging every 20 s keeps either from stopping while a socket is
 * open, and a ping left unanswered for a whole period means a dead link: close and probe.
 */
const sockets = new Map<string, WebSocket>()
const retries = new Map<string, ReturnType<typeof setTimeout>>()
const attempts = new Map<string, number>()
const downSince = new Map<string, number>()
let hooks: LiveHooks | null = null

const PING_MS = 20_000

/** Opens a socket for every workspace that has none, at once (pending retries are cut short). */
export async function connectAll(next: LiveHooks): Promise<void> {
  hooks = next
  const workspaces = await db().workspaces.toArray()
  const ids = new Set(workspaces.map((w) => w.id))
  for (const id of [...sockets.keys(), ...retries.keys()]) if (!ids.has(id)) disconnect(id)
  for (const ws of workspaces) {
    if (sockets.has(ws.id)) continue
    const secret = await db().secrets.get(ws.id)
    if (secret && !sockets.has(ws.id)) open(ws.id, ws.serverUrl, secret.token)
  }
}

/** The network may be back (an `online` event, a request that worked): probe now, not later. */
export function probeNow(): void {
  if (hooks && retries.size > 0) void connectAll(hooks)
}

function open(workspaceId: string, serverUrl: string, token: string): void {
  clearTimeout(retries.get(workspaceId))
  retries.delete(workspaceId)
  const url = new URL('/v1/sync/live', serverUrl)
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:'
  let socket: WebSocket
  try {
    socket = new WebSocket(url, ['relais.v1', `bearer.${token}`])
  } catch {
    scheduleRetry(workspaceId)
    return
  }
  sockets.set(workspaceId, socket)
  let answered = true
  const ping = setInterval(() => {
    if (socket.readyState !== WebSocket.OPEN) return
    if (!answered) {
      // A dead link may take minutes to report its close: stop waiting for it.
      lost()
      socket.close(4000, 'no pong')
      return
    }
    answered = false
    socket.send('ping')
    // Firefox suspends an idle event page after 30 s whatever its sockets carry; a call into the
    // browser resets that clock (Chrome already counts the socket's traffic).
    void browser.runtime.getPlatformInfo().catch(() => {})
  }, PING_MS)
  socket.addEventListener('open', () => {
    attempts.delete(workspaceId)
    downSince.delete(workspaceId)
    hooks?.onOpen(workspaceId)
  })
  socket.addEventListener('message', (event) => {
    answered = true
    if (typeof event.data !== 'string' || event.data === 'pong') return
    let data: unknown
    try {
      data = JSON.parse(event.data)
    } catch {
      return
    }
    if (v.is(PokeSchema, data)) hooks?.onPoke(workspaceId)
  })
  const lost = (code?: number, reason?: string) => {
    clearInterval(ping)
    if (sockets.get(workspaceId) !== socket) return
    sockets.delete(workspaceId)
    // Revoked: one more round meets the 401 and wipes the workspace from this device; the
    // reason (who, when) is kept for the message that says so.
    if (code === REVOKED_CLOSE_CODE) {
      noteRemoval(workspaceId, reason ?? '')
      hooks?.onPoke(workspaceId)
    } else scheduleRetry(workspaceId)
  }
  socket.addEventListener('close', (event) => lost(event.code, event.reason))
}

function scheduleRetry(workspaceId: string): void {
  const n = (attempts.get(workspaceId) ?? 0) + 1
  attempts.set(workspaceId, n)
  if (!downSince.has(workspaceId)) downSince.set(workspaceId, Date.now())
  const downFor = Date.now() - downSince.get(workspaceId)!
  // An extension API call resets the service worker's idle timer: a young outage keeps it
  // awake for its next probe (an older one is left to the 30 s alarm, which restarts it).
  if (inFastWindow(downFor)) void browser.runtime.getPlatformInfo().catch(() => {})
  clearTimeout(retries.get(workspaceId))
  retries.set(
    workspaceId,
    setTimeout(
      () => {
        retries.delete(workspaceId)
        void reconnect(workspaceId)
      },
      retryDelay(n, downFor),
    ),
  )
}

async function reconnect(workspaceId: string): Promise<void> {
  const ws = await db().workspaces.get(workspaceId)
  const secret = await db().secrets.get(workspaceId)
  if (ws && secret && !sockets.has(workspaceId) && !retries.has(workspaceId)) open(workspaceId, ws.serverUrl, secret.token)
}

/** Whether a socket for the workspace is open (a revocation would close it with its reason). */
export function isLive(workspaceId: string): boolean {
  return sockets.get(workspaceId)?.readyState === WebSocket.OPEN
}

/** The open sockets' addresses and states (a test-build hook: does live sync run?). */
export function liveSockets(): { url: string; open: boolean }[] {
  return [...sockets.values()].map((s) => ({ url: s.url, open: s.readyState === WebSocket.OPEN }))
}

export function disconnect(workspaceId: string): void {
  const socket = sockets.get(workspaceId)
  sockets.delete(workspaceId)
  socket?.close()
  clearTimeout(retries.get(workspaceId))
  retries.delete(workspaceId)
  attempts.delete(workspaceId)
  downSince.delete(workspaceId)
}
