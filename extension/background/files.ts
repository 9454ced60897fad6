import type { FileRef } from '../../shared/schema/files'
import { decryptFile } from '../crypto/file-cipher'
import { db } from '../db/database'
import { fileTransport } from '../sync/file-transport'
import { loadKeyRing } from '../sync/keys'

export class FileFetchError extends Error {}

/**
 * Brings a file onto this device: its chunks from the server, opened with the workspace key it
 * names (an older key after a rotation), into `fileData`, where the extension pages read it.
 * Only the background holds the token; nothing half-opened is ever stored.
 */
export async function fetchFile(workspaceId: string, itemId: string, ref: FileRef): Promise<void> {
  const d = db()
  if (await d.fileData.get(ref.id)) return
  const ws = await d.workspaces.get(workspaceId)
  const secret = await d.secrets.get(workspaceId)
  const keys = await loadKeyRing(workspaceId)
  if (!ws || !secret || !keys) throw new FileFetchError('unknown_workspace')
  const transport = fileTransport(ws.serverUrl, secret.token)
  const data = await decryptFile(keys.all, ref, async (index) => {
    const r = await transport.getChunk(ref.id, index)
    if (!r.ok) throw new FileFetchError(r.kind === 'http' ? r.code : 'offline')
    return r.value
  })
  await d.fileData.put({ fileId: ref.id, workspaceId, itemId, data })
}
