import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { toJsonSchema } from '@valibot/to-json-schema'
import { describe, expect, it } from 'vitest'
import { LIMITS } from '../../shared/limits'
import { WIRE_SCHEMAS } from '../../shared/schema/wire'

/**
 * docs/API.md is written by hand; this keeps it from drifting. Every wire schema has a section,
 * every field name of a schema (at any depth) appears in its section, every error code the
 * worker can answer and every limit appears on the page.
 */
const DOCS = readFileSync('docs/API.md', 'utf8')

/** The text under `### \`Name\``, up to the next heading of that level or above. */
function section(name: string): string | null {
  const start = DOCS.indexOf(`### \`${name}\``)
  if (start < 0) return null
  const rest = DOCS.slice(start + 4)
  const end = rest.search(/\n#{2,3} /)
  return end < 0 ? rest : rest.slice(0, end)
}

/** Every property name in a JSON Schema, at any depth, through arrays, unions and records. */
function fieldNames(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) {
    for (const n of node) fieldNames(n, out)
    return out
  }
  if (!node || typeof node !== 'object') return out
  const schema = node as Record<string, unknown>
  if (schema.properties && typeof schema.properties === 'object') {
    for (const [name, sub] of Object.entries(schema.properties)) {
      out.add(name)
      fieldNames(sub, out)
    }
  }
  for (const key of ['items', 'anyOf', 'oneOf', 'allOf', 'additionalProperties']) fieldNames(schema[key], out)
  for (const key of ['$defs', 'definitions'])
    if (schema[key] && typeof schema[key] === 'object') fieldNames(Object.values(schema[key]), out)
  return out
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  )
}

/** Error codes the worker can put in `error.code`, read from its source. */
function workerErrorCodes(): Set<string> {
  const codes = new Set<string>()
  for (const file of sourceFiles('worker/src')) {
    const text = readFileSync(file, 'utf8')
    for (const m of text.matchAll(/fail\(\s*\d{3},\s*'([a-z_]+)'/g)) codes.add(m[1]!)
    for (const m of text.matchAll(/\bcode: '([a-z_]+)'/g)) codes.add(m[1]!)
    for (const m of text.matchAll(/\b\d{3}: '([a-z_]+)'/g)) codes.add(m[1]!)
  }
  return codes
}

/** Codes a push lists in `rejected`, from the RejectCode union in shared/rights.ts. */
function rejectCodes(): string[] {
  const union = /export type RejectCode = ([^\n]+)/.exec(readFileSync('shared/rights.ts', 'utf8'))
  return [...(union?.[1] ?? '').matchAll(/'([a-z_]+)'/g)].map((m) => m[1]!)
}

describe('docs/API.md', () => {
  it.each(Object.keys(WIRE_SCHEMAS))('documents every field of %s in its section', (name) => {
    const text = section(name)
    expect(text, `docs/API.md needs a "### \`${name}\`" section`).not.toBeNull()
    const schema = WIRE_SCHEMAS[name as keyof typeof WIRE_SCHEMAS]
    const fields = fieldNames(toJsonSchema(schema as Parameters<typeof toJsonSchema>[0], { errorMode: 'ignore' }))
    expect(fields.size).toBeGreaterThan(0)
    // A section may lean on another shape's section by naming it, as `PullResponse` does with `Item`.
    const referenced = Object.keys(WIRE_SCHEMAS)
      .filter((other) => other !== name && text!.includes(`\`${other}\``))
      .map((other) => section(other) ?? '')
    const documented = [text!, ...referenced].join('\n')
    const missing = [...fields].filter((f) => !documented.includes(`\`${f}\``))
    expect(missing, `fields of ${name} missing from its section`).toEqual([])
  })

  it('finds the field names it checks (the walker sees nested shapes)', () => {
    const pull = fieldNames(toJsonSchema(WIRE_SCHEMAS.PullResponse, { errorMode: 'ignore' }))
    for (const nested of ['items', 'statusTimes', 'confidential', 'authorId', 'revoked', 'lastMutationIds'])
      expect(pull.has(nested)).toBe(true)
  })

  it('documents every error code the worker answers', () => {
    const codes = workerErrorCodes()
    for (const expected of ['invalid_request', 'unauthorized', 'mutation_gap', 'payload_too_large', 'rate_limited', 'internal_error'])
      expect(codes.has(expected)).toBe(true)
    const missing = [...codes].filter((c) => !DOCS.includes(`\`${c}\``))
    expect(missing).toEqual([])
  })

  it('documents every rejection code of a push', () => {
    const codes = rejectCodes()
    expect(codes.length).toBeGreaterThanOrEqual(5)
    expect(codes.filter((c) => !DOCS.includes(`| \`${c}\` |`))).toEqual([])
  })

  it.each(Object.entries(LIMITS))('states the limit %s = %s', (key, value) => {
    expect(DOCS).toMatch(new RegExp(`\\| \`${key}\` \\| ${value} \\|`))
  })

  it('lists every route of the worker', () => {
    const routes = new Set<string>()
    for (const file of sourceFiles('worker/src/routes')) {
      const text = readFileSync(file, 'utf8')
      for (const m of text.matchAll(/\.(get|post|put|delete)\('([^']+)'/g)) routes.add(`${m[1]!.toUpperCase()} ${m[2]}`)
    }
    const documented = (route: string) => {
      const [method, path] = route.split(' ')
      // Routes are mounted under /v1 (API) or / (pages, bench); either spelling documents them.
      return [`${method} /v1${path}`, `${method} ${path}`].some((r) => DOCS.includes(`\`${r}`))
    }
    const missing = [...routes].filter((r) => !r.includes('/bench/') && !documented(r))
    expect(routes.size).toBeGreaterThan(10)
    expect(missing).toEqual([])
  })
})
