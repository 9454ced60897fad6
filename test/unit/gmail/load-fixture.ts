import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Replaces the test document with a fixture. Parsed with DOMParser so fixture scripts never run
 * (the 2014 capture has some), then adopted so layout-ish APIs (computed style, selection) work.
 */
export function loadFixture(name: string): Document {
  const html = readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8')
  const parsed = new DOMParser().parseFromString(html, 'text/html')
  for (const script of parsed.querySelectorAll('script')) script.remove()
  document.getSelection()?.removeAllRanges()
  const root = document.documentElement
  for (const name of root.getAttributeNames()) root.removeAttribute(name)
  for (const attr of parsed.documentElement.attributes) root.setAttribute(attr.name, attr.value)
  root.replaceChildren(document.importNode(parsed.head, true), document.importNode(parsed.body, true))
  return document
}

/** The element with this id in the loaded fixture; fails the test when it is missing. */
export function byId(id: string): Element {
  const el = document.getElementById(id)
  if (!el) throw new Error(`fixture has no #${id}`)
  return el
}

/** The n-th element matching `selector`; fails the test when it is missing. */
export function nth(selector: string, n: number): Element {
  const el = document.querySelectorAll(selector)[n]
  if (!el) throw new Error(`fixture has no ${selector} #${n}`)
  return el
}
