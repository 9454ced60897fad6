// `npm start`: the local worker on 127.0.0.1:8787 (state in worker/.wrangler/state, kept across
// restarts), the built extension, and Chromium with it loaded when a display is available.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { startWorker } from './worker-process.mjs'

const extensionDir = resolve('.output/chrome-mv3')
console.log('Building the extension…')
const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' })
if (build.status !== 0) process.exit(build.status ?? 1)

console.log('Starting the worker (wrangler dev, workerd) on http://127.0.0.1:8787 …')
const worker = await startWorker({ port: Number(process.env.PORT ?? 8787), quiet: false })
console.log(`Relais worker ready at ${worker.url} (state: worker/.wrangler/state)`)

const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p))
let browser = null
if ((process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && chromium && process.env.RELAIS_NO_BROWSER !== '1') {
  const profile = resolve('.output/chromium-profile')
  mkdirSync(profile, { recursive: true })
  console.log(`Launching ${chromium} with the extension (profile ${profile})…`)
  browser = spawn(chromium, [
    `--user-data-dir=${profile}`, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`,
    '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    'chrome://extensions',
  ], { stdio: 'ignore' })
} else {
  console.log(`\nNo display (or no Chromium) here. The built extension is in:\n  ${extensionDir}\nLoad it in Chrome/Chromium: chrome://extensions → Developer mode → "Load unpacked" → that folder.\nThen open the extension's options to create a workspace on ${worker.url}.`)
}
console.log('\nPress Ctrl+C to stop.')

const stop = async () => {
  browser?.kill()
  await worker.stop()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
