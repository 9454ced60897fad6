// The Gmail UI builds every node with DOM calls and textContent (research note §1 E3, and
// Gmail enforces Trusted Types): no source file may use an HTML sink.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '../../../extension')
const FILES = [
  ...readdirSync(join(ROOT, 'gmail-ui')).map((name) => join(ROOT, 'gmail-ui', name)),
  join(ROOT, 'entrypoints/gmail.content.ts'),
  join(ROOT, 'background/gmail.ts'),
]

it.each(FILES.map((file) => [file.slice(ROOT.length + 1), file]))('%s uses no HTML sink', (_, file) => {
  const source = readFileSync(file, 'utf8')
  expect(source).not.toMatch(
    /innerHTML|outerHTML|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser|\beval\(|new Function/,
  )
})
