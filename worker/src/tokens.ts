import { toBase64url } from '../../shared/base64url'

/**
 * Bearer tokens are `<workspaceId>.<tokenId>.<secret>`: the workspace part routes the request
 * to its Durable Object, the id finds the stored hash, and the 256-bit secret is compared by
 * hash in constant time. Invite codes are `<workspaceId>.<secret>` (128 bits).
 */
const ID_RE = /^[A-Za-z0-9_-]{16,32}$/
const SECRET_RE = /^[A-Za-z0-9_-]{16,64}$/

export function randomId(bytes = 16): string {
  return toBase64url(crypto.getRandomValues(new Uint8Array(bytes)))
}

export async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))
}

export async function sha256Hex(text: string): Promise<string> {
  return [...(await sha256(text))].map((b) => b.toString(16).padStart(2, '0')).join('')
}

export function hexToBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2)
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16)
  return out
}

/** Compares two digests without an early exit, so timing says nothing about where they differ. */
export function equalInConstantTime(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false
  let diff = 0
  for (let i = 0; i < a.byteLength; i++) diff |= a[i]! ^ b[i]!
  return diff === 0
}

export type ParsedToken = { workspaceId: string; tokenId: string; secret: string }

export function parseToken(token: string): ParsedToken | null {
  const parts = token.split('.')
  if (parts.length !== 3) return null
  const [workspaceId, tokenId, secret] = parts
  if (!workspaceId || !tokenId || !secret) return null
  if (!ID_RE.test(workspaceId) || !ID_RE.test(tokenId) || !SECRET_RE.test(secret)) return null
  return { workspaceId, tokenId, secret }
}

export function parseInviteCode(code: string): { workspaceId: string; secret: string } | null {
  const parts = code.split('.')
  if (parts.length !== 2) return null
  const [workspaceId, secret] = parts
  if (!workspaceId || !secret || !ID_RE.test(workspaceId) || !SECRET_RE.test(secret)) return null
  return { workspaceId, secret }
}
