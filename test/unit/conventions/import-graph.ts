// The source tree's import graph, read with the TypeScript parser (no type-checking): each
// file's imports, resolved to repository paths, and whether each import is type-only.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'

export const ROOT = resolve(import.meta.dirname, '../../..')

export type Import = { specifier: string; target: string | null; typeOnly: boolean }

/** Repository-relative paths of the .ts/.tsx files under `folder`. */
export function sourceFiles(folder: string): string[] {
  const out: string[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name)
      if (statSync(full).isDirectory()) walk(full)
      else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(relative(ROOT, full))
    }
  }
  walk(join(ROOT, folder))
  return out.sort()
}

function resolveRelative(from: string, specifier: string): string | null {
  const base = join(dirname(join(ROOT, from)), specifier)
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(ROOT, candidate)
  }
  return null
}

const cache = new Map<string, Import[]>()

/** Static imports and re-exports, side-effect imports and dynamic `import()` calls of one file. */
export function importsOf(file: string): Import[] {
  const known = cache.get(file)
  if (known) return known
  const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true)
  const found: Import[] = []
  const add = (specifier: string, typeOnly: boolean) => {
    found.push({ specifier, typeOnly, target: specifier.startsWith('.') ? resolveRelative(file, specifier) : null })
  }
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node.moduleSpecifier.text, node.importClause?.isTypeOnly === true)
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node.moduleSpecifier.text, node.isTypeOnly)
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments
      if (arg && ts.isStringLiteral(arg)) add(arg.text, false)
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      add(node.argument.literal.text, true)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  cache.set(file, found)
  return found
}

/** Every file reachable from `roots` through relative imports, with the path that reached it. */
export function reachable(roots: readonly string[]): Map<string, string[]> {
  const via = new Map<string, string[]>()
  const queue = roots.map((r) => [r])
  for (const r of roots) via.set(r, [r])
  while (queue.length > 0) {
    const path = queue.shift()!
    const file = path[path.length - 1]!
    for (const { target } of importsOf(file)) {
      if (!target || via.has(target)) continue
      const next = [...path, target]
      via.set(target, next)
      queue.push(next)
    }
  }
  return via
}
