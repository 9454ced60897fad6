// The worker's shape, checked rather than remembered: small files with one job, and SQL only in
// the stores (the Durable Object and the concern modules call typed store methods).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT, sourceFiles } from './import-graph'

const WORKER = sourceFiles('worker/src')
const text = (file: string) => readFileSync(join(ROOT, file), 'utf8')
const SQL = /\bsql\.exec\(|['"`]\s*(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b/
const STORES = /(^|\/)([a-z-]+-)?store\.ts$|\/schema\.ts$/

describe('worker/src', () => {
  it('has files to check', () => {
    expect(WORKER).toContain('worker/src/workspace/object.ts')
  })

  it('has no file over 250 lines', () => {
    const long = WORKER.map((file) => ({ file, lines: text(file).split('\n').length })).filter((f) => f.lines > 250)
    expect(long).toEqual([])
  })

  it('runs SQL only in store files', () => {
    const bad = WORKER.filter((file) => !STORES.test(file) && SQL.test(text(file)))
    expect(bad).toEqual([])
  })

  it('has no raw SQL escape hatch on a store', () => {
    const bad = WORKER.filter((file) => STORES.test(file) && /^\s+exec\(/m.test(text(file)))
    expect(bad).toEqual([])
  })
})
