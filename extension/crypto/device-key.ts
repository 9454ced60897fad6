import { fromBase64url, toBase64url } from '../../shared/base64url'

/**
 * Each device holds an ECDH P-256 key pair per workspace. After a revocation, an executive's
 * device wraps the new workspace key for each remaining device's public key, with a fresh
 * ephemeral key each time (ECIES-style: ECDH → HKDF-SHA-256 → AES-GCM, the key id bound as
 * associated data). The private key is not extractable, even by the extension itself.
 */
const CURVE = { name: 'ECDH', namedCurve: 'P-256' } as const
const INFO = new TextEncoder().encode('relais-key-wrap-v1')

export type DeviceKey = { privateKey: CryptoKey; publicKey: string }

export async function generateDeviceKey(): Promise<DeviceKey> {
  const pair = await crypto.subtle.generateKey(CURVE, false, ['deriveBits'])
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey))
  return { privateKey: pair.privateKey, publicKey: toBase64url(raw) }
}

async function wrappingKey(privateKey: CryptoKey, publicRaw: Uint8Array<ArrayBuffer>, salt: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  const publicKey = await crypto.subtle.importKey('raw', publicRaw, CURVE, false, [])
  const bits = await crypto.subtle.deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 256)
  const hkdf = await crypto.subtle.importKey('raw', bits, 'HKDF', false, ['deriveKey'])
  return crypto.subtle.deriveKey({ name: 'HKDF', hash: 'SHA-256', salt, info: INFO }, hkdf, { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ])
}

/** Wraps a raw 32-byte workspace key for one device: base64url(ephemeral public | IV | ciphertext). */
export async function wrapFor(devicePublicKey: string, keyId: string, rawKey: Uint8Array<ArrayBuffer>): Promise<string> {
  const ephemeral = await crypto.subtle.generateKey(CURVE, true, ['deriveBits'])
  const epk = new Uint8Array(await crypto.subtle.exportKey('raw', ephemeral.publicKey))
  const key = await wrappingKey(ephemeral.privateKey, fromBase64url(devicePublicKey), epk)
  const iv = crypto.getRandomValues(new Uint8Array(12))
  const cipher = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(keyId) }, key, rawKey),
  )
  const out = new Uint8Array(epk.length + iv.length + cipher.length)
  out.set(epk, 0)
  out.set(iv, epk.length)
  out.set(cipher, epk.length + iv.length)
  return toBase64url(out)
}

/** Opens an envelope addressed to this device; null if it is not for us or was tampered with. */
export async function unwrap(device: DeviceKey, keyId: string, envelope: string): Promise<Uint8Array<ArrayBuffer> | null> {
  try {
    const bytes = fromBase64url(envelope)
    const epk = bytes.slice(0, 65)
    const iv = bytes.slice(65, 77)
    const cipher = bytes.slice(77)
    const key = await wrappingKey(device.privateKey, epk, epk)
    const raw = new Uint8Array(
      await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(keyId) }, key, cipher),
    )
    return raw.length === 32 ? raw : null
  } catch {
    return null
  }
}
