import * as v from 'valibot'
import { DEFAULT_SLA_POLICY, SlaPolicySchema } from '../../shared/schema/sla'
import { db } from './database'

/**
 * The typed settings registry: every row of the `settings` table is defined here once, with
 * its schema and default. Reads parse (storage outlives code versions, and some values came
 * from the server) and fall back to the default on a missing or bad row; writes are typed.
 * Per-workspace settings are keyed `<name>:<workspace id>`, and leaving a workspace deletes
 * every one of them (`workspaceSettingKeys`).
 */
export type Setting<T> = {
  readonly key: string
  /** A stored value, parsed; the default if it does not parse. */
  parse(value: unknown): T
  read(): Promise<T>
  write(value: T): Promise<void>
  remove(): Promise<void>
}

/** A setting per workspace: `(workspaceId) => Setting`, and the key prefix its rows share. */
export type WorkspaceSetting<T> = ((workspaceId: string) => Setting<T>) & { readonly prefix: string }

function setting<T>(key: string, schema: v.GenericSchema<unknown, T>, fallback: T): Setting<T> {
  const parse = (value: unknown): T => {
    const parsed = v.safeParse(schema, value)
    return parsed.success ? parsed.output : fallback
  }
  return {
    key,
    parse,
    read: async () => parse((await db().settings.get(key))?.value),
    write: async (value) => {
      await db().settings.put({ key, value })
    },
    remove: () => db().settings.delete(key),
  }
}

const perWorkspace: WorkspaceSetting<unknown>[] = []

export function defineSetting<T>(key: string, schema: v.GenericSchema<unknown, T>, fallback: T): Setting<T>
export function defineSetting<T>(
  name: string,
  schema: v.GenericSchema<unknown, T>,
  fallback: T,
  options: { perWorkspace: true },
): WorkspaceSetting<T>
export function defineSetting<T>(
  name: string,
  schema: v.GenericSchema<unknown, T>,
  fallback: T,
  options?: { perWorkspace: true },
): Setting<T> | WorkspaceSetting<T> {
  if (!options?.perWorkspace) return setting(name, schema, fallback)
  const prefix = `${name}:`
  const scoped = Object.assign((workspaceId: string) => setting(prefix + workspaceId, schema, fallback), { prefix })
  perWorkspace.push(scoped)
  return scoped
}

/** The key of every per-workspace setting of one workspace: what leaving it deletes. */
export function workspaceSettingKeys(workspaceId: string): string[] {
  return perWorkspace.map((s) => s(workspaceId).key)
}

export const DEFAULT_SERVER = 'http://127.0.0.1:8787'

/** The server new workspaces are created on or joined through (the options page). */
export const serverUrl = defineSetting('serverUrl', v.string(), DEFAULT_SERVER)

/** Desktop notifications: on unless turned off. */
export const notifications = defineSetting('notifications', v.boolean(), true)

/** The workspace's SLA policy as last fetched (the default until the first fetch). */
export const slaPolicy = defineSetting('sla', SlaPolicySchema, DEFAULT_SLA_POLICY, { perWorkspace: true })

/** When the policy was last fetched, or null. */
export const slaFetchedAt = defineSetting('sla-fetched', v.nullable(v.number()), null, { perWorkspace: true })

/** Due-soon and breach alerts already shown, by item id ("<state>@<deadline>" keys). */
export const slaNotices = defineSetting('sla-notices', v.record(v.string(), v.array(v.string())), {}, { perWorkspace: true })

/** Failed sync rounds in a row, for the backoff. */
export const syncRetries = defineSetting('retries', v.number(), 0, { perWorkspace: true })
