import { useEffect, useState } from 'preact/hooks'
import { DEFAULT_SERVER, type Setting, serverUrl as serverSetting } from '../../db/settings'

/** Saves a setting the options page edits: a failure is logged, never thrown at the user mid-typing. */
export function saveSetting<T>(setting: Setting<T>, value: T): void {
  void setting.write(value).catch((err: unknown) => console.error('Relais could not save a setting', err))
}

/**
 * The server address as typed, saved as it changes (options and welcome pages). Kept as typed
 * (an emptied field must not snap back while the user types a new address); saved empty, it
 * means the default.
 */
export function useServerUrl(): [string, (url: string) => void] {
  const [serverUrl, setServerUrl] = useState(DEFAULT_SERVER)
  useEffect(() => {
    void serverSetting
      .read()
      .catch(() => DEFAULT_SERVER)
      .then(setServerUrl)
  }, [])
  const change = (url: string) => {
    setServerUrl(url)
    saveSetting(serverSetting, url.trim() || DEFAULT_SERVER)
  }
  return [serverUrl, change]
}
