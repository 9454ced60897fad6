import { liveQuery } from 'dexie'
import { useEffect, useState } from 'preact/hooks'

/**
 * A Dexie query that re-runs whenever the rows it read change (in this page or any other
 * context of the extension). `undefined` until the first answer, so callers can tell
 * "loading" from "empty".
 */
export function useLiveQuery<T>(query: () => T | Promise<T>, deps: readonly unknown[]): T | undefined {
  const [value, setValue] = useState<{ v: T } | undefined>(undefined)
  useEffect(() => {
    // Wrapped in an object so a function-valued or repeated result still re-renders.
    const subscription = liveQuery(query).subscribe({
      next: (v) => setValue({ v }),
      error: (err: unknown) => console.error('Relais live query failed', err),
    })
    return () => subscription.unsubscribe()
    // biome-ignore lint/correctness/useExhaustiveDependencies: the caller's deps; biome.jsonc checks them at each call.
  }, deps)
  return value?.v
}
