import { toBase64url } from '../../../shared/base64url'
import { RelaisDatabase, setDatabase } from '../../../extension/db/database'

/** A fresh database with one paired workspace (this device is its executive, member `me`). */
export async function seedWorkspace(role: 'executive' | 'assistant' = 'executive') {
  const database = new RelaisDatabase(`test-${Math.random().toString(36).slice(2)}`)
  setDatabase(database)
  const raw = toBase64url(crypto.getRandomValues(new Uint8Array(32)))
  await database.workspaces.put({
    id: 'ws1',
    name: 'Acme',
    serverUrl: 'http://127.0.0.1:8787',
    memberId: 'me',
    role,
    displayName: 'Me',
    clientId: 'client-1',
    nextMutationId: 1,
    cursor: null,
    members: [],
    joinedAt: 0,
  })
  await database.secrets.put({ workspaceId: 'ws1', token: 't', keys: [{ id: 'k1', raw, createdAt: 0 }], currentKeyId: 'k1' })
  return database
}
