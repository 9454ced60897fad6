// Folders by runtime, checked on the import graph (biome.jsonc flags the direct imports in the
// editor; this follows them through every file, which a lint rule cannot).
import { describe, expect, it } from 'vitest'
import { importsOf, reachable, sourceFiles } from './import-graph'

const EXTENSION = sourceFiles('extension')
const SHARED = sourceFiles('shared')
const WORKER = sourceFiles('worker/src')

// Code that runs inside Gmail or a visited page: the content-script entrypoints and their folders.
const CONTENT_FOLDERS = ['extension/gmail/', 'extension/gmail-ui/', 'extension/glossary/']
const CONTENT_ROOTS = EXTENSION.filter(
  (f) => /^extension\/entrypoints\/[^/]+\.content(\.ts|\/)/.test(f) || CONTENT_FOLDERS.some((d) => f.startsWith(d)),
)
const EXTENSION_ONLY = ['db', 'crypto', 'sync', 'ui', 'store', 'background'].map((d) => `extension/${d}/`)

describe('content-script code', () => {
  it('has roots to check', () => {
    expect(CONTENT_ROOTS).toContain('extension/entrypoints/gmail.content.ts')
    expect(CONTENT_ROOTS).toContain('extension/entrypoints/glossary.content/index.ts')
  })

  it('reaches no db, crypto, sync, ui, store or background module, even through other files', () => {
    const reached = reachable(CONTENT_ROOTS)
    const bad = [...reached].filter(([file]) => EXTENSION_ONLY.some((d) => file.startsWith(d))).map(([, path]) => path.join(' → '))
    expect(bad).toEqual([])
  })

  it('opens no database', () => {
    const bad = [...reachable(CONTENT_ROOTS).keys()].filter((file) => importsOf(file).some((i) => i.specifier === 'dexie'))
    expect(bad).toEqual([])
  })
})

describe('shared/', () => {
  it('imports only shared/ and valibot', () => {
    const bad = SHARED.flatMap((file) =>
      importsOf(file)
        .filter((i) => (i.target ? !i.target.startsWith('shared/') : i.specifier !== 'valibot'))
        .map((i) => `${file}: ${i.specifier}`),
    )
    expect(bad).toEqual([])
  })
})

describe('the extension and the worker', () => {
  it('the extension imports from worker/ only with `import type`', () => {
    const bad = EXTENSION.flatMap((file) =>
      importsOf(file)
        .filter((i) => i.target?.startsWith('worker/') && !i.typeOnly)
        .map((i) => `${file}: ${i.specifier}`),
    )
    expect(bad).toEqual([])
  })

  it('the worker imports nothing from the extension', () => {
    const bad = WORKER.flatMap((file) =>
      importsOf(file)
        .filter((i) => i.target?.startsWith('extension/'))
        .map((i) => `${file}: ${i.specifier}`),
    )
    expect(bad).toEqual([])
  })

  it('every relative import resolves (so the checks above see every edge)', () => {
    const bad = [...EXTENSION, ...SHARED, ...WORKER].flatMap((file) =>
      importsOf(file)
        .filter((i) => i.specifier.startsWith('.') && !i.target && !/\.(css|html|json)(\?.*)?$/.test(i.specifier))
        .map((i) => `${file}: ${i.specifier}`),
    )
    expect(bad).toEqual([])
  })
})
