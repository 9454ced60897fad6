import { createExecutionContext } from 'cloudflare:test'
import { env, exports } from 'cloudflare:workers'
import worker from '../../worker/src/index'

/**
 * Calls the worker's own entrypoint (worker/src/index.ts) with the real bindings, as workerd
 * does for each request. Not through `exports.default`: in vitest-pool-workers 0.15.1 every
 * call there re-enters the module runner and gets slower with each call (300 sequential
 * requests: 8 s, then 29 s, 94 s…), which thousands of requests cannot afford. `viaRuntime`
 * takes that path anyway, for the few requests that check the two agree.
 */
export function workerFetch(request: Request, viaRuntime = false): Promise<Response> {
  if (viaRuntime) return exports.default.fetch(request)
  return Promise.resolve(worker.fetch(request, env, createExecutionContext()))
}
