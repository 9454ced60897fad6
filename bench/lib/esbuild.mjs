// esbuild comes with vite and wrangler: the benchmarks use it to run the project's TypeScript
// (in Node, or bundled for a page) without a build step of their own.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const esbuild = () => import('esbuild')

/** Bundles a TypeScript entry into one script for a page; it sets its globals itself. */
export async function bundleForPage(entry) {
  const { build } = await esbuild()
  const out = await build({
    entryPoints: [resolve(entry)],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  })
  return out.outputFiles[0].text
}

/** Imports a TypeScript module of the project in Node. */
export async function importTs(entry) {
  const { build } = await esbuild()
  const out = await build({
    entryPoints: [resolve(entry)],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
  })
  const dir = mkdtempSync(join(tmpdir(), 'relais-bench-ts-'))
  const file = join(dir, 'module.mjs')
  writeFileSync(file, out.outputFiles[0].text)
  try {
    return await import(pathToFileURL(file).href)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
