import type { Role } from '../../../shared/schema/workspace'

export type Invite = { role: Role; expiresAt: number; usedAt: number | null }

/** Members, their tokens and invites: the SQL of the membership concern (`membership.ts`). */
export class MembershipStore {
  constructor(private readonly sql: SqlStorage) {}

  /** A new member and its first token, written together (workspace creation and invite acceptance). */
  addMember(member: { id: string; role: Role; displayName: string }, token: { id: string; hash: string }, now: number): void {
    this.sql.exec(
      'INSERT INTO members (id, role, display_name, revoked, created_at) VALUES (?, ?, ?, 0, ?)',
      member.id,
      member.role,
      member.displayName,
      now,
    )
    this.sql.exec('INSERT INTO tokens (id, member_id, hash, created_at) VALUES (?, ?, ?, ?)', token.id, member.id, token.hash, now)
  }

  token(id: string): { memberId: string; hash: string } | null {
    const row = this.sql.exec('SELECT member_id, hash FROM tokens WHERE id = ?', id).toArray()[0]
    return row ? { memberId: String(row.member_id), hash: String(row.hash) } : null
  }

  /** Marks the member revoked and forgets its tokens, device keys and key envelopes. */
  revoke(memberId: string): void {
    this.sql.exec('UPDATE members SET revoked = 1 WHERE id = ?', memberId)
    this.sql.exec('DELETE FROM tokens WHERE member_id = ?', memberId)
    // Its devices get no envelope for the next key, and keep none of the past ones here.
    this.sql.exec('DELETE FROM key_envelopes WHERE client_id IN (SELECT client_id FROM device_keys WHERE member_id = ?)', memberId)
    this.sql.exec('DELETE FROM device_keys WHERE member_id = ?', memberId)
  }

  addInvite(hash: string, role: Role, createdBy: string, now: number, expiresAt: number): void {
    this.sql.exec(
      'INSERT INTO invites (hash, role, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
      hash,
      role,
      createdBy,
      now,
      expiresAt,
    )
  }

  invite(hash: string): Invite | null {
    const row = this.sql.exec('SELECT role, expires_at, used_at FROM invites WHERE hash = ?', hash).toArray()[0]
    if (!row) return null
    return {
      role: row.role === 'executive' ? 'executive' : 'assistant',
      expiresAt: Number(row.expires_at),
      usedAt: row.used_at === null ? null : Number(row.used_at),
    }
  }

  useInvite(hash: string, now: number): void {
    this.sql.exec('UPDATE invites SET used_at = ? WHERE hash = ?', now, hash)
  }
}
