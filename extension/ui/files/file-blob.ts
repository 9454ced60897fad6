import type { FileRef } from '../../../shared/schema/files'
import { db } from '../../db/database'
import { sendToBackground } from '../../lib/messaging'

/** Types shown inside the extension: images in an `<img>`, PDFs in the browser's viewer. Nothing that runs script. */
const PREVIEWABLE = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf'])

export function canPreview(ref: FileRef): boolean {
  return PREVIEWABLE.has(ref.type)
}

/**
 * The file's bytes on this device, downloaded and opened by the background if needed. Throws
 * the error code the background reports (`upload_incomplete` while the sender is still sending).
 */
export async function fileBytes(workspaceId: string, itemId: string, ref: FileRef): Promise<Uint8Array<ArrayBuffer>> {
  const local = await db().fileData.get(ref.id)
  if (local) return local.data
  const reply = await sendToBackground({ type: 'fetch-file', workspaceId, itemId, file: ref })
  if (!reply.ok) throw new Error(reply.error)
  const fetched = await db().fileData.get(ref.id)
  if (!fetched) throw new Error('missing')
  return fetched.data
}

/**
 * A blob URL for saving (always `application/octet-stream`, so the browser downloads it and
 * never renders it as a page of this extension) or for a preview (only the allowed types).
 */
export function blobUrl(data: Uint8Array<ArrayBuffer>, ref: FileRef, purpose: 'save' | 'preview'): string {
  const type = purpose === 'preview' && canPreview(ref) ? ref.type : 'application/octet-stream'
  return URL.createObjectURL(new Blob([data], { type }))
}

/** Saves under the original name, through a download link (no permission needed). */
export function saveAs(data: Uint8Array<ArrayBuffer>, ref: FileRef): void {
  const url = blobUrl(data, ref, 'save')
  const a = document.createElement('a')
  a.href = url
  a.download = ref.name
  a.rel = 'noopener'
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
