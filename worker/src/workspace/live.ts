import { REVOKED_CLOSE_CODE, type RevokedCloseReason } from '../../../shared/schema/workspace'
import type { Audience } from './audience'
import { formatCursor } from './pull'
import type { WorkspaceStore } from './store'

type WsAttachment = { memberId: string }

/**
 * The live channel: hibernatable WebSockets tagged with their member, poked with the current
 * cursor after commits. Clients only listen.
 */
export class LiveSockets {
  constructor(
    private readonly ctx: DurableObjectState,
    private readonly store: WorkspaceStore,
  ) {}

  private pokeMessage(): string {
    return JSON.stringify({ type: 'poke', cursor: formatCursor(this.store.get('epoch') ?? '', this.store.version()) })
  }

  /** Accepts a member's socket and tells it the current cursor at once. */
  open(memberId: string, protocol: string | null): Response {
    const pair = new WebSocketPair()
    const [clientSide, serverSide] = [pair[0], pair[1]]
    this.ctx.acceptWebSocket(serverSide, [memberId])
    serverSide.serializeAttachment({ memberId } satisfies WsAttachment)
    serverSide.send(this.pokeMessage())
    return new Response(null, { status: 101, webSocket: clientSide, headers: protocol ? { 'Sec-WebSocket-Protocol': protocol } : {} })
  }

  /** Anything a client says is answered with the current cursor. */
  answer(ws: WebSocket): void {
    ws.send(this.pokeMessage())
  }

  poke(audience: Audience): void {
    const message = this.pokeMessage()
    for (const ws of this.ctx.getWebSockets()) {
      const memberId = readMemberId(ws.deserializeAttachment())
      if (!memberId) continue
      if (audience !== 'all' && !audience.has(memberId)) continue
      try {
        ws.send(message)
      } catch {
        /* a closing socket; its client pulls on reconnect */
      }
    }
  }

  /**
   * A revoked member's sockets close with 4001, which its device takes as "wipe", and a reason
   * (who, when; `RevokedCloseReason`) so the device can tell its user in words.
   */
  disconnect(memberId: string, reason: RevokedCloseReason): void {
    for (const ws of this.ctx.getWebSockets(memberId)) ws.close(REVOKED_CLOSE_CODE, JSON.stringify(reason))
  }
}

function readMemberId(attachment: unknown): string | null {
  if (typeof attachment === 'object' && attachment !== null && 'memberId' in attachment && typeof attachment.memberId === 'string')
    return attachment.memberId
  return null
}
