import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EXTENSION_DIR, PRODUCTION_DIR } from './harness'

/** The built extension, as the Chrome Web Store would receive it. */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : [path]
  })
}

const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'self'; connect-src 'self' http: https: ws: wss:"
const manifest = JSON.parse(readFileSync(join(PRODUCTION_DIR, 'manifest.json'), 'utf8'))

describe('built extension: least privilege and no remote code', () => {
  it('asks only for what it uses; Gmail and other sites are optional, granted at runtime', () => {
    // A change here widens what users grant: review it, then update this snapshot.
    expect([...manifest.permissions].sort()).toEqual([
      'activeTab',
      'alarms',
      'contextMenus',
      'notifications',
      'scripting',
      'sidePanel',
      'storage',
    ])
    expect(manifest.host_permissions).toEqual(['http://127.0.0.1/*', 'http://localhost/*'])
    expect(manifest.optional_host_permissions).toEqual(['https://mail.google.com/*', 'https://*/*', 'http://*/*'])
    expect(manifest.content_scripts ?? []).toEqual([])
    expect(manifest.externally_connectable).toBeUndefined()
    expect(manifest.web_accessible_resources ?? []).toEqual([])
    // Scripts only from the package, no plugins; connections to the sync server the user chose.
    // Stated rather than left to each engine's default (Firefox's upgrades ws:// to wss://).
    expect(manifest.content_security_policy).toEqual({ extension_pages: EXTENSION_PAGES_CSP })
  })

  it('ships no eval, no new Function, no remote scripts', () => {
    const scripts = files(PRODUCTION_DIR).filter((f) => f.endsWith('.js'))
    expect(scripts.length).toBeGreaterThan(3)
    for (const file of scripts) {
      const code = readFileSync(file, 'utf8')
      expect(code, file).not.toMatch(/\beval\s*\(/)
      expect(code, file).not.toMatch(/\bnew Function\s*\(/)
      expect(code, file).not.toMatch(/setTimeout\(\s*["'`]/)
      expect(code, file).not.toMatch(/import\(\s*["'`]https?:/)
      expect(code, file).not.toMatch(/<script[^>]+src=["']https?:/)
    }
    for (const page of files(PRODUCTION_DIR).filter((f) => f.endsWith('.html'))) {
      expect(readFileSync(page, 'utf8'), page).not.toMatch(/<script[^>]+src=["']https?:/)
    }
  })

  it('exposes no test hook: the relais* globals exist in the test build only', () => {
    const hooks = (dir: string) =>
      files(dir)
        .filter((f) => f.endsWith('.js'))
        .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\brelais[A-Z]\w*/g)].map((m) => m[0]))
    // The check can fail: the test build, from the same code, has them.
    expect(new Set(hooks(EXTENSION_DIR))).toEqual(new Set(['relaisDb', 'relaisClipFromMenu', 'relaisGlossary', 'relaisLiveSockets']))
    expect(hooks(PRODUCTION_DIR)).toEqual([])
    expect(hooks(join(PRODUCTION_DIR, '..', 'firefox-mv3'))).toEqual([])
  })

  it('has no HTML sink fed by page, mail or server data in its source', () => {
    const source = files('extension').filter((f) => /\.(ts|tsx)$/.test(f))
    const sinks = /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write\(/
    const offenders = source.filter((f) => sinks.test(readFileSync(f, 'utf8')))
    expect(offenders).toEqual([])
  })
})

describe('Firefox build', () => {
  const dir = join(PRODUCTION_DIR, '..', 'firefox-mv3')
  const firefox = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'))

  it('is MV3 with an event page, a gecko id, the same permissions, and no Chrome-only ones', () => {
    expect(firefox.manifest_version).toBe(3)
    expect(firefox.background.scripts).toEqual(['background.js'])
    expect(firefox.browser_specific_settings.gecko.id).toMatch(/@/)
    expect([...firefox.permissions].sort()).toEqual(['activeTab', 'alarms', 'contextMenus', 'notifications', 'scripting', 'storage'])
    expect(firefox.optional_host_permissions).toEqual(manifest.optional_host_permissions)
    expect(firefox.sidebar_action.default_panel).toBe('sidepanel.html')
    // The same CSP, so Firefox's default (with upgrade-insecure-requests) does not apply.
    expect(firefox.content_security_policy).toEqual(manifest.content_security_policy)
    expect(firefox.content_security_policy.extension_pages).not.toMatch(/upgrade-insecure-requests|unsafe/)
  })

  it('ships every page and script the manifest names, with no remote code', () => {
    for (const page of ['popup.html', 'options.html', 'sidepanel.html', 'queue.html', 'background.js']) {
      expect(statSync(join(dir, page)).size, page).toBeGreaterThan(0)
    }
    for (const file of files(dir).filter((f) => f.endsWith('.js'))) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/\beval\s*\(|\bnew Function\s*\(/)
    }
  })
})
