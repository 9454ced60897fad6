/** Caps far below the platform's, so one request can never hurt a workspace. */
export const LIMITS = {
  bodyBytes: 256 * 1024,
  mutationsPerPush: 100,
  sealedChars: 64 * 1024,
  nameChars: 120,
  categoryChars: 64,
  glossaryTermChars: 120,
  glossaryDefinitionChars: 600,
  glossaryAliases: 40,
  inviteTtlMs: 7 * 24 * 3600 * 1000,
  pullPageItems: 5000,
  /** An attachment's plaintext; the device refuses bigger files and the server their ciphertext. */
  fileBytes: 25 * 1024 * 1024,
  /** Files travel in chunks of this much plaintext, each sealed on its own (AES-GCM adds 16 bytes). */
  fileChunkBytes: 1024 * 1024,
} as const
