// What bench/files-roundtrip.mjs runs in Node: the extension's own file cipher and file transport.
export { decryptFile, encryptChunk, newFileRef, plainChunk } from '../extension/crypto/file-cipher'
export { importKey } from '../extension/crypto/seal'
export { fileTransport } from '../extension/sync/file-transport'
export { chunkCount, cipherSize } from '../shared/schema/files'
