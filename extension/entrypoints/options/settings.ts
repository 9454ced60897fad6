import { db } from '../../db/database'

export const DEFAULT_SERVER = 'http://127.0.0.1:8787'

/** A stored setting, or `fallback` when unset or unreadable. */
export async function readSetting<T>(key: string, fallback: T): Promise<T> {
  try {
    const row = await db().settings.get(key)
    return row === undefined ? fallback : (row.value as T)
  } catch {
    return fallback
  }
}

export async function writeSetting(key: string, value: unknown): Promise<void> {
  await db().settings.put({ key, value }).catch((err: unknown) => console.error('Relais could not save a setting', err))
}
