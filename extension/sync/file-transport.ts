import * as v from 'valibot'
import { FileStatusSchema, type BeginUploadRequest, type FileStatus } from '../../shared/schema/files'
import { readResponse } from './read-response'
import type { TransportResult } from './transport'

/** What file uploads and downloads need from the network; tests give it the worker in workerd. */
export interface FileTransport {
  begin(fileId: string, body: BeginUploadRequest): Promise<TransportResult<FileStatus>>
  putChunk(fileId: string, index: number, bytes: Uint8Array<ArrayBuffer>): Promise<TransportResult<null>>
  complete(fileId: string): Promise<TransportResult<FileStatus>>
  getChunk(fileId: string, index: number): Promise<TransportResult<Uint8Array<ArrayBuffer>>>
}

type Fetch = (url: string, init: RequestInit) => Promise<Response>

/** The `/v1/files` routes over fetch (binary bodies, which the typed client does not carry). */
export function fileTransport(serverUrl: string, token: string, doFetch: Fetch = (url, init) => fetch(url, init)): FileTransport {
  const base = `${serverUrl.replace(/\/$/, '')}/v1/files`
  const auth = { authorization: `Bearer ${token}` }
  const json = (method: string, path: string, body?: unknown) => () =>
    doFetch(`${base}${path}`, {
      method,
      headers: body === undefined ? auth : { ...auth, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  return {
    begin: (fileId, body) => readResponse(json('PUT', `/${fileId}`, body), FileStatusSchema),
    complete: (fileId) => readResponse(json('POST', `/${fileId}/complete`), FileStatusSchema),
    putChunk: async (fileId, index, bytes) => {
      const r = await readResponse(
        () =>
          doFetch(`${base}/${fileId}/chunks/${index}`, {
            method: 'PUT',
            headers: { ...auth, 'content-type': 'application/octet-stream' },
            body: bytes,
          }),
        NULL_BODY,
      )
      return r.ok ? { ok: true, value: null } : r
    },
    getChunk: async (fileId, index) => {
      let response: Response
      try {
        response = await doFetch(`${base}/${fileId}/chunks/${index}`, { method: 'GET', headers: auth })
      } catch (err) {
        return { ok: false, kind: 'offline', message: err instanceof Error ? err.message : 'network error' }
      }
      if (response.ok) return { ok: true, value: new Uint8Array(await response.arrayBuffer()) }
      const failed = await readResponse(async () => response, NULL_BODY)
      return failed.ok ? { ok: false, kind: 'http', status: response.status, code: 'bad_response', message: 'unexpected answer' } : failed
    },
  }
}

/** A 204 has no body: readResponse reads it as null. */
const NULL_BODY = v.null()
