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
} as const
