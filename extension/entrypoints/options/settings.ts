import type { Setting } from '../../db/settings'

/** Saves a setting the options page edits: a failure is logged, never thrown at the user mid-typing. */
export function saveSetting<T>(setting: Setting<T>, value: T): void {
  void setting.write(value).catch((err: unknown) => console.error('Relais could not save a setting', err))
}
