// bundle.<entrypoint>_gzip_kb: what each entrypoint of the built extension loads at startup,
// gzipped. Pages count their module graph (script, static imports, stylesheets); dynamic
// imports are left out, since they load only when used.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, dirname, join, posix } from 'node:path'
import { gzipSync } from 'node:zlib'
import { PRODUCTION_DIR as EXTENSION_DIR } from './lib/chromium.mjs'
import { computed, failed } from './lib/result.mjs'

/** The rows this benchmark reports, also recorded as failed if it crashes. */
export const names = ['bundle.*_gzip_kb']

const CONTENT_SCRIPT_GOAL_KB = 30
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{},\s]*?\s*from\s*)?["']([^"']+\.js)["']/g

export const needsBuild = true

export async function run() {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) return [failed('bundle.*_gzip_kb', 'KB', 'no build in .output/chrome-mv3')]
  return entrypoints().map(({ entry, files, contentScript }) => {
    const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(EXTENSION_DIR, f)), { level: 9 }).length, 0)
    const raw = files.reduce((sum, f) => sum + readFileSync(join(EXTENSION_DIR, f)).length, 0)
    const note = `${files.length} file(s), ${(raw / 1024).toFixed(1)} KB raw${contentScript ? `; content script, goal ≤ ${CONTENT_SCRIPT_GOAL_KB} KB` : ''}`
    return computed(`bundle.${entry}_gzip_kb`, 'KB', bytes / 1024, { note })
  })
}

function entrypoints() {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'))
  const out = []
  const worker = manifest.background?.service_worker
  if (worker) out.push({ entry: 'background', files: closure([worker]) })
  for (const html of readdirSync(EXTENSION_DIR).filter((f) => f.endsWith('.html'))) {
    out.push({ entry: basename(html, '.html'), files: closure(pageAssets(html)) })
  }
  const declared = new Set()
  for (const cs of manifest.content_scripts ?? []) {
    for (const f of [...(cs.js ?? []), ...(cs.css ?? [])]) declared.add(f)
  }
  // WXT puts content scripts, declared or injected with scripting, under content-scripts/.
  const dir = join(EXTENSION_DIR, 'content-scripts')
  const injected = existsSync(dir) ? readdirSync(dir).map((f) => `content-scripts/${f}`) : []
  const scripts = new Map()
  for (const f of [...declared, ...injected]) {
    const entry = `content-${basename(f).replace(/\.(js|css)$/, '')}`
    scripts.set(entry, [...(scripts.get(entry) ?? []), f])
  }
  for (const [entry, files] of scripts) out.push({ entry, files: closure(files), contentScript: true })
  return out
}

function pageAssets(html) {
  const text = readFileSync(join(EXTENSION_DIR, html), 'utf8')
  const refs = [...text.matchAll(/<script[^>]*\ssrc="([^"]+)"/g), ...text.matchAll(/<link[^>]*\shref="([^"]+)"/g)].map((m) => m[1])
  return refs.filter((r) => !/^[a-z]+:/.test(r)).map((r) => r.replace(/^\//, ''))
}

/** The files and, for scripts, everything they import statically. */
function closure(start) {
  const seen = new Set()
  const queue = [...start]
  while (queue.length) {
    const file = posix.normalize(queue.shift())
    if (seen.has(file) || !existsSync(join(EXTENSION_DIR, file))) continue
    seen.add(file)
    if (!file.endsWith('.js')) continue
    for (const m of readFileSync(join(EXTENSION_DIR, file), 'utf8').matchAll(STATIC_IMPORT)) {
      if (m[1].startsWith('.')) queue.push(posix.join(dirname(file), m[1]))
    }
  }
  return [...seen]
}
