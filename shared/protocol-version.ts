/**
 * The sync protocol's version. Bump it with any change to a wire schema (the hash test in
 * test/unit/protocol-version.test.ts fails until you do), and add a line below.
 *
 * History:
 * 1 — first version: workspaces, invites, push/pull/poke, glossary, SLA policy.
 * 2 — KPIs; item history (`events`) and playbooks (`playbooks`, `setPlaybook`) in pulls;
 *     `meta.recurrence`. Additive: version 1 clients keep working.
 * 3 — device public keys and wrapped workspace keys (`/v1/devices`, `/v1/keys`) for key
 *     rotation after a revocation. Additive.
 * 4 — attachments (`/v1/files`): encrypted chunks in R2, recorded per item by the workspace.
 *     Additive.
 */
export const PROTOCOL_VERSION = 4

/** The oldest client protocol the worker still accepts (extensions update late). */
export const MIN_SUPPORTED_PROTOCOL_VERSION = 1
