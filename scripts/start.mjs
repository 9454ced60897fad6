// `npm start`: the local worker on 127.0.0.1:8787 (state in worker/.wrangler/state, kept across
// restarts), the built extension, and Chromium with it loaded when a display is available.
// `npm start -- --firefox`: the Firefox build in Firefox ESR instead.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { launchFirefoxWithExtension } from './firefox-profile.mjs'
import { startWorker } from './worker-process.mjs'

const firefox = process.argv.includes('--firefox')
const extensionDir = resolve(firefox ? '.output/firefox-mv3' : '.output/chrome-mv3')
console.log('Building the extension…')
const build = spawnSync('npx', firefox ? ['wxt', 'build', '-b', 'firefox', '--mv3'] : ['wxt', 'build'], { stdio: 'inherit' })
if (build.status !== 0) process.exit(build.status ?? 1)

console.log('Starting the worker (wrangler dev, workerd) on http://127.0.0.1:8787 …')
const worker = await startWorker({ port: Number(process.env.PORT ?? 8787), quiet: false })
console.log(`Relais worker ready at ${worker.url} (state: worker/.wrangler/state)`)

const display = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && process.env.RELAIS_NO_BROWSER !== '1'
const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p))
let browser = null
if (firefox) {
  browser = startFirefox()
} else if (display && chromium) {
  const profile = resolve('.output/chromium-profile')
  mkdirSync(profile, { recursive: true })
  console.log(`Launching ${chromium} with the extension (profile ${profile})…`)
  browser = spawn(
    chromium,
    [
      `--user-data-dir=${profile}`,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      'chrome://extensions',
    ],
    { stdio: 'ignore' },
  )
} else {
  console.log(
    `\nNo display (or no Chromium) here. The built extension is in:\n  ${extensionDir}\nLoad it in Chrome/Chromium: chrome://extensions → Developer mode → "Load unpacked" → that folder.\nThen open the extension's options to create a workspace on ${worker.url}.`,
  )
}
console.log('\nPress Ctrl+C to stop.')

function startFirefox() {
  const binary = ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p))
  if (display && binary) {
    const profile = resolve('.output/firefox-profile')
    console.log(`Launching ${binary} with the extension (profile ${profile})…`)
    return launchFirefoxWithExtension({ binary, profile, extensionDir })
  }
  console.log(
    `\nNo display (or no Firefox) here. The Firefox build is in:\n  ${extensionDir}\nLoad it in Firefox: about:debugging#/runtime/this-firefox → "Load Temporary Add-on…" → ${extensionDir}/manifest.json\n(a temporary add-on lasts until Firefox closes). Then open its preferences (about:addons → Relais → Preferences) to create a workspace on ${worker.url}.`,
  )
  return null
}

const stop = async () => {
  browser?.kill()
  await worker.stop()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
