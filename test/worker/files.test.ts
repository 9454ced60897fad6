import { runDurableObjectAlarm, runInDurableObject } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { FILE_CHUNK_CIPHER_BYTES, FILE_MAX_CIPHER_BYTES } from '../../shared/schema/files'
import { begin, bytesOf, sameBytes, chunksOf, complete, download, getChunk, putChunk, r2Keys, upload } from './files-helpers'
import { Device, call, createWorkspace, invite, op, stubOf, team, uid } from './helpers'

const MIB = 1024 * 1024

async function withItem(over: Parameters<typeof op.create>[1] = {}) {
  const { exec, assistant } = await team()
  const itemId = uid('item')
  await new Device(exec.token).ok(op.create(itemId, over))
  return { exec, assistant, itemId }
}

describe('upload and download', () => {
  it('stores a file in chunks and gives the same bytes back to another member', async () => {
    const { exec, assistant, itemId } = await withItem()
    const bytes = bytesOf(2 * FILE_CHUNK_CIPHER_BYTES + 1234)
    const fileId = await upload(exec.token, itemId, bytes)
    const status = await call('GET', `/v1/files/${fileId}`, { token: assistant.token })
    expect(status.json).toMatchObject({
      id: fileId,
      itemId,
      size: bytes.length,
      chunks: 3,
      state: 'complete',
      stored: [0, 1, 2],
      uploadedBy: exec.member.id,
    })
    expect(sameBytes(await download(assistant.token, fileId, 3), bytes)).toBe(true)
    const chunk = await getChunk(assistant.token, fileId, 2)
    expect(chunk.type).toBe('application/octet-stream')
    expect(await r2Keys(exec.workspace.id, fileId)).toEqual([0, 1, 2].map((i) => `${exec.workspace.id}/${fileId}/${i}`))
  })

  it('does not serve a file before it is complete', async () => {
    const { exec, assistant, itemId } = await withItem()
    const fileId = uid('file')
    expect((await begin(exec.token, fileId, itemId, 100)).status).toBe(201)
    expect((await putChunk(exec.token, fileId, 0, bytesOf(100))).status).toBe(204)
    const r = await getChunk(assistant.token, fileId, 0)
    expect(r.status).toBe(409)
    expect(r.json.error.code).toBe('upload_incomplete')
  })

  it('lets an assistant return a file on its own item, and its executive read it', async () => {
    const { exec, assistant, itemId } = await withItem()
    const assigned = uid('item')
    await new Device(exec.token).ok(op.create(assigned, { assigneeId: assistant.member.id }))
    const bytes = bytesOf(5000, 7)
    const fileId = await upload(assistant.token, assigned, bytes)
    expect(sameBytes(await download(exec.token, fileId, 1), bytes)).toBe(true)
    // Unassigned items are the assistant's to take, as for comments.
    expect((await begin(assistant.token, uid('file'), itemId, 100)).status).toBe(201)
  })
})

describe('resume', () => {
  it('finds an interrupted upload again, sends only what is missing, and never stores a chunk twice', async () => {
    const { exec, itemId } = await withItem()
    const bytes = bytesOf(2 * FILE_CHUNK_CIPHER_BYTES + 10, 3)
    const parts = chunksOf(bytes)
    const fileId = uid('file')
    expect((await begin(exec.token, fileId, itemId, bytes.length)).status).toBe(201)
    expect((await putChunk(exec.token, fileId, 0, parts[0]!)).status).toBe(204)
    // The device died here. On restart it declares the same upload again.
    const again = await begin(exec.token, fileId, itemId, bytes.length)
    expect(again.status).toBe(200)
    expect(again.json.stored).toEqual([0])
    expect(again.json.state).toBe('uploading')
    const early = await complete(exec.token, fileId)
    expect(early.status).toBe(409)
    expect(early.json.error.code).toBe('upload_incomplete')
    // Its acknowledgement was lost, so it sends chunk 0 again: replaced, not added.
    expect((await putChunk(exec.token, fileId, 0, parts[0]!)).status).toBe(204)
    expect((await putChunk(exec.token, fileId, 1, parts[1]!)).status).toBe(204)
    expect((await putChunk(exec.token, fileId, 2, parts[2]!)).status).toBe(204)
    expect((await complete(exec.token, fileId)).status).toBe(200)
    expect((await complete(exec.token, fileId)).status).toBe(200)
    expect(await r2Keys(exec.workspace.id, fileId)).toHaveLength(3)
    const rows = await runInDurableObject(
      stubOf(exec.workspace.id),
      (_i, state) => state.storage.sql.exec('SELECT COUNT(*) AS n FROM file_chunks WHERE file_id = ?', fileId).toArray()[0]!.n,
    )
    expect(rows).toBe(3)
    expect(sameBytes(await download(exec.token, fileId, 3), bytes)).toBe(true)
  })

  it('survives the object being reset in the middle of an upload', async () => {
    const { exec, itemId } = await withItem()
    const bytes = bytesOf(FILE_CHUNK_CIPHER_BYTES + 99, 4)
    const parts = chunksOf(bytes)
    const fileId = uid('file')
    expect((await begin(exec.token, fileId, itemId, bytes.length)).status).toBe(201)
    expect((await putChunk(exec.token, fileId, 0, parts[0]!)).status).toBe(204)
    await runInDurableObject(stubOf(exec.workspace.id), (_i, state) => state.abort('evicted mid-upload')).catch(() => {})
    const again = await begin(exec.token, fileId, itemId, bytes.length)
    expect(again.json.stored).toEqual([0])
    expect((await putChunk(exec.token, fileId, 1, parts[1]!)).status).toBe(204)
    expect((await complete(exec.token, fileId)).status).toBe(200)
    expect(sameBytes(await download(exec.token, fileId, 2), bytes)).toBe(true)
  })

  it('refuses to reuse a file id for another declaration', async () => {
    const { exec, itemId } = await withItem()
    const fileId = uid('file')
    expect((await begin(exec.token, fileId, itemId, 100)).status).toBe(201)
    const r = await begin(exec.token, fileId, itemId, 200)
    expect(r.status).toBe(409)
    expect(r.json.error.code).toBe('conflict')
  })
})

describe('limits', () => {
  it('refuses a file over 25 MiB with 413', async () => {
    const { exec, itemId } = await withItem()
    const r = await begin(exec.token, uid('file'), itemId, FILE_MAX_CIPHER_BYTES + 1)
    expect(r.status).toBe(413)
    expect(r.json.error.code).toBe('payload_too_large')
    expect((await begin(exec.token, uid('file'), itemId, FILE_MAX_CIPHER_BYTES)).status).toBe(201)
  })

  it('refuses a chunk body over the chunk size with 413, and a chunk of the wrong size with 400', async () => {
    const { exec, itemId } = await withItem()
    const fileId = uid('file')
    expect((await begin(exec.token, fileId, itemId, 3 * FILE_CHUNK_CIPHER_BYTES)).status).toBe(201)
    const big = await putChunk(exec.token, fileId, 0, bytesOf(FILE_CHUNK_CIPHER_BYTES + 1))
    expect(big.status).toBe(413)
    const short = await putChunk(exec.token, fileId, 0, bytesOf(FILE_CHUNK_CIPHER_BYTES - 1))
    expect(short.status).toBe(400)
    const beyond = await putChunk(exec.token, fileId, 3, bytesOf(10))
    expect(beyond.status).toBe(400)
    expect(beyond.json.error.field).toBe('index')
    expect((await putChunk(exec.token, fileId, 0, new TextEncoder().encode('{"a":1}'), 'application/json')).status).toBe(415)
    expect((await putChunk(exec.token, fileId, 0, bytesOf(FILE_CHUNK_CIPHER_BYTES))).status).toBe(204)
    expect(await r2Keys(exec.workspace.id, fileId)).toHaveLength(1)
  })

  it('checks that the chunk count matches the size', async () => {
    const { exec, itemId } = await withItem()
    const r = await begin(exec.token, uid('file'), itemId, 100, 2)
    expect(r.status).toBe(400)
    expect(r.json.error.field).toBe('chunks')
  })

  it('keeps a workspace within its quota (413 quota_exceeded), uploads in progress included', async () => {
    const { exec, itemId } = await withItem()
    const size = 25 * MIB
    expect((await begin(exec.token, uid('file'), itemId, size)).status).toBe(201)
    expect((await begin(exec.token, uid('file'), itemId, size)).status).toBe(201)
    const third = await begin(exec.token, uid('file'), itemId, size)
    expect(third.status).toBe(413)
    expect(third.json.error.code).toBe('quota_exceeded')
    // Another workspace has its own quota.
    const other = await withItem()
    expect((await begin(other.exec.token, uid('file'), other.itemId, size)).status).toBe(201)
  })
})

describe('rights', () => {
  it("gives a confidential item's files only to its executive and its assignee", async () => {
    const exec = await createWorkspace()
    const sam = await invite(exec.token, 'assistant', 'Sam')
    const kim = await invite(exec.token, 'assistant', 'Kim')
    const exec2 = await invite(exec.token, 'executive', 'Other exec')
    const itemId = uid('item')
    await new Device(exec.token).ok(op.create(itemId, { confidential: true, assigneeId: sam.member.id }))
    const bytes = bytesOf(300, 9)
    const fileId = await upload(exec.token, itemId, bytes)
    expect(sameBytes(await download(sam.token, fileId, 1), bytes)).toBe(true)
    for (const outsider of [kim, exec2]) {
      const status = await call('GET', `/v1/files/${fileId}`, { token: outsider.token })
      expect(status.status).toBe(404)
      expect(status.json.error.code).toBe('not_found')
      expect((await getChunk(outsider.token, fileId, 0)).status).toBe(404)
      expect((await begin(outsider.token, uid('file'), itemId, 100)).status).toBe(404)
      expect((await call('DELETE', `/v1/files/${fileId}`, { token: outsider.token })).status).toBe(404)
    }
  })

  it("refuses an assistant attaching to, or deleting on, another's item", async () => {
    const exec = await createWorkspace()
    const sam = await invite(exec.token, 'assistant', 'Sam')
    const kim = await invite(exec.token, 'assistant', 'Kim')
    const itemId = uid('item')
    await new Device(exec.token).ok(op.create(itemId, { assigneeId: sam.member.id }))
    const fileId = await upload(exec.token, itemId, bytesOf(100))
    const r = await begin(kim.token, uid('file'), itemId, 100)
    expect(r.status).toBe(403)
    expect(r.json.error.code).toBe('forbidden')
    // Kim may read (the item is not confidential) but not delete, nor write into Sam's upload.
    expect((await getChunk(kim.token, fileId, 0)).status).toBe(200)
    expect((await call('DELETE', `/v1/files/${fileId}`, { token: sam.token })).status).toBe(403)
    const samFile = uid('file')
    expect((await begin(sam.token, samFile, itemId, 100)).status).toBe(201)
    expect((await putChunk(exec.token, samFile, 0, bytesOf(100))).status).toBe(403)
  })

  it('answers another workspace 404 on everything, and a revoked member 401', async () => {
    const { exec, assistant, itemId } = await withItem()
    const fileId = await upload(exec.token, itemId, bytesOf(100))
    const stranger = await createWorkspace('Beta', 'Bob')
    for (const r of [
      await call('GET', `/v1/files/${fileId}`, { token: stranger.token }),
      await getChunk(stranger.token, fileId, 0),
      await begin(stranger.token, fileId, itemId, 100),
      await complete(stranger.token, fileId),
      await call('DELETE', `/v1/files/${fileId}`, { token: stranger.token }),
    ])
      expect(r.status).toBe(404)
    // The same id in Beta is Beta's own, in its own prefix.
    const betaItem = uid('item')
    await new Device(stranger.token).ok(op.create(betaItem))
    expect((await begin(stranger.token, fileId, betaItem, 100)).status).toBe(201)
    expect(sameBytes(await download(exec.token, fileId, 1), bytesOf(100))).toBe(true)
    expect((await call('DELETE', `/v1/members/${assistant.member.id}`, { token: exec.token })).status).toBe(204)
    expect((await getChunk(assistant.token, fileId, 0)).status).toBe(401)
  })
})

/** Runs the object's alarm (unless it already fired on its own) until the file's objects are gone. */
async function collected(workspaceId: string, fileId: string) {
  for (let i = 0; i < 50; i++) {
    await runDurableObjectAlarm(stubOf(workspaceId))
    if ((await r2Keys(workspaceId, fileId)).length === 0) return
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  expect(await r2Keys(workspaceId, fileId)).toEqual([])
}

describe('deletion and collection', () => {
  it("deletes an item's files with the item, and a cancelled item's too", async () => {
    const { exec, itemId } = await withItem()
    const d = new Device(exec.token)
    const fileId = await upload(exec.token, itemId, bytesOf(FILE_CHUNK_CIPHER_BYTES + 5))
    const other = uid('item')
    await d.ok(op.create(other))
    const otherFile = await upload(exec.token, other, bytesOf(50))
    await d.ok(op.remove(itemId), op.status(other, 'cancelled'))
    expect((await call('GET', `/v1/files/${fileId}`, { token: exec.token })).status).toBe(404)
    expect((await call('GET', `/v1/files/${otherFile}`, { token: exec.token })).status).toBe(404)
    await collected(exec.workspace.id, fileId)
    await collected(exec.workspace.id, otherFile)
    const left = await runInDurableObject(
      stubOf(exec.workspace.id),
      (_i, state) => state.storage.sql.exec('SELECT COUNT(*) AS n FROM files').toArray()[0]!.n,
    )
    expect(left).toBe(0)
  })

  it('deletes one file on request and frees its quota', async () => {
    const { exec, itemId } = await withItem()
    const fileId = await upload(exec.token, itemId, bytesOf(100))
    expect((await call('DELETE', `/v1/files/${fileId}`, { token: exec.token })).status).toBe(204)
    expect((await getChunk(exec.token, fileId, 0)).status).toBe(404)
    await collected(exec.workspace.id, fileId)
  })

  it('collects uploads that never complete', async () => {
    const { exec, itemId } = await withItem()
    const fileId = uid('file')
    const done = await upload(exec.token, itemId, bytesOf(100))
    expect((await begin(exec.token, fileId, itemId, 2 * FILE_CHUNK_CIPHER_BYTES)).status).toBe(201)
    expect((await putChunk(exec.token, fileId, 0, bytesOf(FILE_CHUNK_CIPHER_BYTES))).status).toBe(204)
    const alarm = await runInDurableObject(stubOf(exec.workspace.id), (_i, state) => state.storage.getAlarm())
    expect(alarm).not.toBeNull()
    // A day passes (the upload's start moves back a day and a bit).
    await runInDurableObject(stubOf(exec.workspace.id), (_i, state) => {
      state.storage.sql.exec('UPDATE files SET created_at = created_at - ? WHERE id = ?', 25 * 3600_000, fileId)
    })
    await collected(exec.workspace.id, fileId)
    expect((await call('GET', `/v1/files/${fileId}`, { token: exec.token })).status).toBe(404)
    // A complete file is never collected.
    expect(sameBytes(await download(exec.token, done, 1), bytesOf(100))).toBe(true)
    expect(env.FILES).toBeDefined()
  })
})
