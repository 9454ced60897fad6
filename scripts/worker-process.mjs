// Starts `wrangler dev` (workerd) on 127.0.0.1 with its state on disk, and waits until it answers.
// Used by `npm start`, the end-to-end suite and the benchmarks.
import { spawn } from 'node:child_process'
import { setTimeout as sleep } from 'node:timers/promises'

export const OFFLINE_ENV = { WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', NO_UPDATE_NOTIFIER: '1' }

export async function startWorker({ port = 8787, persistTo = 'worker/.wrangler/state', quiet = true, vars = {} } = {}) {
  const args = ['wrangler', 'dev', '-c', 'worker/wrangler.jsonc', '--ip', '127.0.0.1', '--port', String(port), '--persist-to', persistTo, '--log-level', quiet ? 'warn' : 'info', '--show-interactive-dev-session=false']
  for (const [k, v] of Object.entries(vars)) args.push('--var', `${k}:${v}`)
  const child = spawn('npx', args, { env: { ...process.env, ...OFFLINE_ENV }, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit', detached: true })
  let output = ''
  child.stdout?.on('data', (d) => { output += d })
  child.stderr?.on('data', (d) => { output += d })
  const url = `http://127.0.0.1:${port}`
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited early:\n${output}`)
    try {
      const res = await fetch(`${url}/healthz`)
      if (res.ok) return { url, child, stop: () => stopWorker(child), output: () => output }
    } catch { /* not up yet */ }
    await sleep(100)
  }
  stopWorker(child)
  throw new Error(`wrangler dev did not answer on ${url} within 60 s:\n${output}`)
}

export async function stopWorker(child) {
  if (child.exitCode !== null) return
  try { process.kill(-child.pid, 'SIGTERM') } catch { /* gone */ }
  for (let i = 0; i < 50 && child.exitCode === null; i++) await sleep(100)
  try { process.kill(-child.pid, 'SIGKILL') } catch { /* gone */ }
}
