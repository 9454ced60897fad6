import { defineConfig } from 'wxt'
import preact from '@preact/preset-vite'

// `RELAIS_TEST_BUILD=1` (scripts/e2e.mjs, scripts/bench.mjs): the production build plus the hooks
// the end-to-end suite and the benchmarks drive the background with, in .output/<browser>-mv3-e2e.
// `npm start` and `wxt build` make the production build, which has none (test/e2e/bundle.test.ts).
const testBuild = process.env.RELAIS_TEST_BUILD === '1'

// The extension asks for as little as it can: activeTab + scripting read the page on a user
// gesture; Gmail and "glossary everywhere" are optional host permissions asked for at runtime.
const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'self'; connect-src 'self' http: https: ws: wss:"

export default defineConfig({
  srcDir: 'extension',
  publicDir: 'extension/public',
  imports: false,
  ...(testBuild ? { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-e2e' } : {}),
  vite: () => ({ plugins: [preact()], define: { 'import.meta.env.RELAIS_TEST_HOOKS': JSON.stringify(testBuild) } }),
  manifest: ({ browser }) => ({
    name: 'Relais',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'storage',
      'activeTab',
      'scripting',
      'contextMenus',
      'alarms',
      'notifications',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    // The local worker on any port (npm start, tests); any other server is asked for at runtime.
    host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'],
    optional_host_permissions: ['https://mail.google.com/*', 'https://*/*', 'http://*/*'],
    // Stated, not left to the engine: Firefox's MV3 default adds `upgrade-insecure-requests`, which
    // turns the local worker's ws:// socket into wss:// (never connects). No remote code either way;
    // sync servers are whatever the user sets up, over http(s) and ws(s).
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    // Firefox (built as MV3 too: MV2 would drop the optional host permissions) needs an id.
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'relais@relais.example', strict_min_version: '115.0' } } }
      : {}),
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+R' }, description: 'Clip to Relais' },
    },
  }),
})
