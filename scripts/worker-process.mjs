// Starts `wrangler dev` (workerd) on 127.0.0.1 with its state on disk, and waits until it answers.
// Used by `npm start`, the end-to-end suite and the benchmarks.
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'

export const OFFLINE_ENV = { WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', NO_UPDATE_NOTIFIER: '1' }

/** A port nobody listens on now (the OS picks it from its ephemeral range). */
function freeLocalPort() {
  return new Promise((done, fail) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => done(typeof address === 'object' && address ? address.port : 0))
    })
    server.on('error', fail)
  })
}

export async function startWorker({ port = 8787, persistTo = 'worker/.wrangler/state', quiet = true, vars = {} } = {}) {
  // wrangler's debugger port otherwise starts at 9229 for every instance: parallel test runs (and
  // colleagues' runs on the same machine) raced for it ("Address already in use 127.0.0.1:9230").
  const inspectorPort = await freeLocalPort()
  const args = [
    'wrangler',
    'dev',
    '-c',
    'worker/wrangler.jsonc',
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--inspector-port',
    String(inspectorPort),
    '--persist-to',
    persistTo,
    '--log-level',
    quiet ? 'warn' : 'info',
    '--show-interactive-dev-session=false',
  ]
  for (const [k, v] of Object.entries(vars)) args.push('--var', `${k}:${v}`)
  const child = spawn('npx', args, {
    env: { ...process.env, ...OFFLINE_ENV },
    stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    detached: true,
  })
  let output = ''
  child.stdout?.on('data', (d) => {
    output += d
  })
  child.stderr?.on('data', (d) => {
    output += d
  })
  const url = `http://127.0.0.1:${port}`
  // Bounds a failure only: on a machine with every core busy, workerd can take a minute to start.
  for (let i = 0; i < 1800; i++) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited early:\n${output}`)
    try {
      const res = await fetch(`${url}/healthz`)
      if (res.ok) return { url, child, stop: () => stopWorker(child), output: () => output }
    } catch {
      /* not up yet */
    }
    await sleep(100)
  }
  stopWorker(child)
  throw new Error(`wrangler dev did not answer on ${url} within 3 minutes:\n${output}`)
}

export async function stopWorker(child) {
  if (child.exitCode !== null) return
  try {
    process.kill(-child.pid, 'SIGTERM')
  } catch {
    /* gone */
  }
  for (let i = 0; i < 50 && child.exitCode === null; i++) await sleep(100)
  try {
    process.kill(-child.pid, 'SIGKILL')
  } catch {
    /* gone */
  }
}
