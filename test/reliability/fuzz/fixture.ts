import { runInDurableObject } from 'cloudflare:test'
import { BUILTIN_GLOSSARY } from '../../../shared/glossary'
import { dumpCells, op, stubOf, uid } from '../../worker/helpers'
import { PROTOCOL_VERSION } from '../../../shared/protocol-version'
import { call, createWorkspace, invite } from '../api'
import type { FuzzContext } from './cases'

/**
 * A workspace with something in every table (members, a revoked one, tokens, an invite, items,
 * comments, a glossary term, an SLA policy, client ids), and a second workspace next to it.
 */
export async function fuzzFixture(): Promise<{ ctx: FuzzContext; workspaces: string[] }> {
  const exec = await createWorkspace('Fuzz', 'Claire')
  const sam = await invite(exec.token, 'assistant', 'Sam')
  const lou = await invite(exec.token, 'assistant', 'Lou')
  const other = await createWorkspace('Other', 'Bob')
  const item = uid('item')
  const ops = [
    op.create(item, { category: 'x' }),
    op.comment(item, uid('c')),
    op.create(uid('item'), { confidential: true, assigneeId: sam.member.id }),
  ]
  const clientId = uid('client')
  const pushed = await call('POST', '/v1/sync/push', {
    token: exec.token,
    body: { protocolVersion: PROTOCOL_VERSION, clientId, mutations: ops.map((o, i) => ({ ...o, id: i + 1 })) },
  })
  if (pushed.status !== 200 || pushed.json.rejected.length) throw new Error('fixture push failed')
  await call('POST', '/v1/invites', { token: exec.token, body: { role: 'assistant' } })
  const term = await call('POST', '/v1/glossary/terms', {
    token: exec.token,
    body: { term: 'Kbis', aliases: [], definition: 'Extrait', lang: 'fr', category: 'legal' },
  })
  await call('PUT', '/v1/sla-policy', {
    token: exec.token,
    body: {
      clock: 'business',
      timeZone: 'Europe/Paris',
      workdays: [1, 2, 3],
      workStartMinute: 480,
      workEndMinute: 1020,
      targets: {
        low: { acknowledgeMinutes: 60, completeMinutes: 120 },
        normal: { acknowledgeMinutes: 60, completeMinutes: 120 },
        high: { acknowledgeMinutes: 60, completeMinutes: 120 },
        urgent: { acknowledgeMinutes: 60, completeMinutes: 120 },
      },
    },
  })
  const device = await call('PUT', `/v1/devices/${clientId}/key`, { token: exec.token, body: { publicKey: `B${'C'.repeat(86)}` } })
  const revoked = await call('DELETE', `/v1/members/${lou.member.id}`, { token: exec.token })
  if (term.status !== 201 || revoked.status !== 204 || device.status !== 204) throw new Error('fixture setup failed')

  const [ws, tokenId, secret] = exec.token.split('.') as [string, string, string]
  const flip = (s: string) => s.slice(0, -1) + (s.endsWith('A') ? 'B' : 'A')
  const badTokens = [
    lou.token,
    `${ws}.${tokenId}.${flip(secret)}`,
    `${ws}.${tokenId}.${secret.slice(0, -1)}`,
    `${ws}.${tokenId}.${secret.slice(0, 16)}`,
    `${ws}.${flip(tokenId)}.${secret}`,
    `${other.workspace.id}.${tokenId}.${secret}`,
    `${ws}.${other.token.split('.')[1]}.${secret}`,
    `${ws}.${tokenId}`,
    `${exec.token}.x`,
    `${ws}..${secret}`,
    '...',
    'a.b.c',
    `${'A'.repeat(22)}.${'A'.repeat(16)}.${'A'.repeat(43)}`,
  ]
  const knownIds = new Set([
    exec.member.id,
    sam.member.id,
    lou.member.id,
    other.member.id,
    item,
    clientId,
    String(term.json.id),
    ...BUILTIN_GLOSSARY.map((t) => t.id),
  ])
  return {
    ctx: {
      workspaceId: ws,
      execToken: exec.token,
      assistantToken: sam.token,
      badTokens,
      knownIds,
      realIds: {
        'DELETE /v1/members/:memberId': sam.member.id,
        'DELETE /v1/glossary/terms/:id': String(term.json.id),
        'GET /glossary/:id': BUILTIN_GLOSSARY[0]!.id,
        'PUT /v1/devices/:clientId/key': clientId,
      },
    },
    workspaces: [ws, other.workspace.id],
  }
}

/** A digest of every cell of every table of a workspace: equal digests, equal stored state. */
export async function storedState(workspaceId: string): Promise<string> {
  const cells = await runInDurableObject(stubOf(workspaceId), (_i, state) => dumpCells(state.storage.sql))
  const text = cells
    .map((c) => `${c.where}=${c.value}`)
    .sort()
    .join('\n')
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return `${cells.length} cells, sha256 ${[...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')}`
}
