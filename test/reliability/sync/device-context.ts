import { AsyncLocalStorage } from 'node:async_hooks'
import type { RelaisDatabase } from '../../../extension/db/database'

/**
 * Several devices share one workerd isolate here, but the extension's code reaches its
 * database through a module-level `db()`, one per extension context. Each device's calls run
 * inside its own async scope, and the test swaps `db()` (and `newId()`) for versions that read
 * that scope, so devices can run concurrently without touching each other's store.
 */
export type DeviceScope = { database: RelaisDatabase; tag: string; ids: number }

const scope = new AsyncLocalStorage<DeviceScope>()

export function inDevice<T>(device: DeviceScope, fn: () => Promise<T>): Promise<T> {
  return scope.run(device, fn)
}

function current(): DeviceScope {
  const device = scope.getStore()
  if (!device) throw new Error('extension code ran outside of a device scope')
  return device
}

export function currentDatabase(): RelaisDatabase {
  return current().database
}

/** Ids a seed can replay: the device's tag and a counter, instead of time and randomness. */
export function nextDeviceId(): string {
  const device = current()
  device.ids++
  return `${device.tag}x${device.ids}`
}
