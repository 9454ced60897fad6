/**
 * The sync protocol's version. Bump it with any change to a wire schema (the hash test in
 * test/unit/protocol-version.test.ts fails until you do), and add a line below.
 *
 * History:
 * 1 — first version: workspaces, invites, push/pull/poke, glossary, SLA policy.
 */
export const PROTOCOL_VERSION = 1

/** The oldest client protocol the worker still accepts (extensions update late). */
export const MIN_SUPPORTED_PROTOCOL_VERSION = 1
