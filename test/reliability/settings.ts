import { env } from 'cloudflare:workers'

/** Run settings, passed in by test/vitest.reliability.config.ts as bindings. */
const read = (name: string): string => String((env as unknown as Record<string, unknown>)[name] ?? '')

export const SOAK = read('RELIABILITY_SOAK') !== ''
export const SEED = read('RELIABILITY_SEED')
export const SEEDS = Number(read('RELIABILITY_SEEDS')) || 0
export const SEED_BASE = read('RELIABILITY_SEED_BASE')
export const STEPS = Number(read('RELIABILITY_STEPS')) || 0
export const FUZZ_RUNS = Number(read('RELIABILITY_FUZZ_RUNS')) || 0
