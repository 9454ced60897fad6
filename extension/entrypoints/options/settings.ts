import { useEffect, useState } from 'preact/hooks'
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

/**
 * The server address as typed, saved as it changes. Kept as typed (an emptied field must not
 * snap back while the user types a new address); saved empty, it means the default.
 */
export function useServerUrl(): [string, (url: string) => void] {
  const [serverUrl, setServerUrl] = useState(DEFAULT_SERVER)
  useEffect(() => {
    void readSetting('serverUrl', DEFAULT_SERVER).then(setServerUrl)
  }, [])
  const change = (url: string) => {
    setServerUrl(url)
    void writeSetting('serverUrl', url.trim() || DEFAULT_SERVER)
  }
  return [serverUrl, change]
}
