import { useMemo } from 'preact/hooks'

/**
 * `value` as it was when `key` last changed. For values rebuilt on every render (rows from a live
 * query change on each sync) whose meaning a short string captures: what depends on the result
 * re-runs only when the key moves, and the lint still checks every other dependency.
 */
export function useKeyed<T>(value: T, key: string): T {
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key stands for the value; that is this hook's job.
  return useMemo(() => value, [key])
}
