import type { DevicesResponse, KeysResponse } from '../../../shared/schema/keys'

type DeviceKey = DevicesResponse['devices'][number]
type KeyEnvelope = KeysResponse['envelopes'][number]

/** Device public keys and the key envelopes wrapped for them: the SQL of `keys.ts`. */
export class KeyStore {
  constructor(private readonly sql: SqlStorage) {}

  /** The member a device key belongs to, or null if the client id published none. */
  deviceOwner(clientId: string): string | null {
    const row = this.sql.exec('SELECT member_id FROM device_keys WHERE client_id = ?', clientId).toArray()[0]
    return row ? String(row.member_id) : null
  }

  putDeviceKey(clientId: string, memberId: string, publicKey: string, now: number): void {
    this.sql.exec(
      `INSERT INTO device_keys (client_id, member_id, public_key, created_at) VALUES (?, ?, ?, ?)
      ON CONFLICT(client_id) DO UPDATE SET public_key = excluded.public_key`,
      clientId,
      memberId,
      publicKey,
      now,
    )
  }

  /** Devices of members who are not revoked, oldest first. */
  activeDevices(): DeviceKey[] {
    return this.sql
      .exec(
        'SELECT d.client_id, d.member_id, d.public_key FROM device_keys d JOIN members m ON m.id = d.member_id WHERE m.revoked = 0 ORDER BY d.created_at',
      )
      .toArray()
      .map((r) => ({ clientId: String(r.client_id), memberId: String(r.member_id), publicKey: String(r.public_key) }))
  }

  /** Keeps the first envelope for a key and device: a retried rotation changes nothing. */
  addEnvelope(keyId: string, clientId: string, wrapped: string, createdBy: string, now: number): void {
    this.sql.exec(
      `INSERT INTO key_envelopes (key_id, client_id, wrapped, created_by, created_at) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT(key_id, client_id) DO NOTHING`,
      keyId,
      clientId,
      wrapped,
      createdBy,
      now,
    )
  }

  envelopesFor(clientId: string): KeyEnvelope[] {
    return this.sql
      .exec('SELECT key_id, wrapped, created_by, created_at FROM key_envelopes WHERE client_id = ? ORDER BY created_at', clientId)
      .toArray()
      .map((r) => ({
        keyId: String(r.key_id),
        wrapped: String(r.wrapped),
        createdBy: String(r.created_by),
        createdAt: Number(r.created_at),
      }))
  }
}
