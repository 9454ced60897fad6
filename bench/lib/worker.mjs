// One `wrangler dev` for every sync benchmark, on a free port with a throwaway state folder.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startWorker } from '../../scripts/worker-process.mjs'
import { freePort } from './ports.mjs'

// The limiter stops runaway clients; the benchmarks measure capacity, so it is opened wide.
// BENCH_ROUTES turns on the no-op route the push benchmark compares against.
export const BENCH_VARS = { BENCH_ROUTES: '1', RATE_LIMIT_PER_MINUTE: '100000000', RATE_LIMIT_BURST: '1000000' }

export async function benchWorker() {
  const port = await freePort()
  const stateDir = mkdtempSync(join(tmpdir(), 'relais-bench-state-'))
  const handle = await startWorker({ port, persistTo: stateDir, vars: BENCH_VARS })
  return {
    url: handle.url,
    stop: async () => {
      await handle.stop()
      rmSync(stateDir, { recursive: true, force: true })
    },
  }
}
