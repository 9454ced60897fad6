// A Firefox profile with the Relais build installed as a user's add-on, for `npm start -- --firefox`
// (the end-to-end suite builds its own in test/e2e/firefox/harness.ts, the same way). The profile
// names the build's directory in a proxy file, so each rebuild is picked up by a restart.
import { spawn } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export const GECKO_ID = 'relais@relais.example'
/** Fixed, so the extension's pages keep one address in this profile. */
export const START_UUID = '5e1a1b7c-2f0d-4c3e-9a51-7d0c6f3b2a10'

export function firefoxPrefs(uuid) {
  return {
    // An unsigned build from the profile folder: allowed in ESR and Developer Edition only.
    'xpinstall.signatures.required': false,
    'extensions.autoDisableScopes': 0,
    'extensions.enabledScopes': 15,
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
  }
}

export function launchFirefoxWithExtension({ binary, profile, extensionDir }) {
  mkdirSync(join(profile, 'extensions'), { recursive: true })
  writeFileSync(join(profile, 'extensions', GECKO_ID), extensionDir)
  const prefs = { ...firefoxPrefs(START_UUID), 'browser.shell.checkDefaultBrowser': false }
  const lines = Object.entries(prefs).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
  writeFileSync(join(profile, 'user.js'), `${lines.join('\n')}\n`)
  return spawn(binary, ['--profile', profile, '--no-remote', `moz-extension://${START_UUID}/options.html`], { stdio: 'ignore' })
}
