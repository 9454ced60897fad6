// A small innerText: the text a reader sees, with line breaks where blocks break. Written out
// because innerText needs layout (absent in tests) and because parts of a body must be skipped.

import { isHiddenBox } from './visibility'

const PARAGRAPH = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6'])
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CENTER',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'UL',
  ...PARAGRAPH,
])
const CELL = new Set(['TD', 'TH'])
const NEVER_TEXT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'TITLE', 'SVG'])

type Part = string | { breaks: number } | { br: true }

/** Says whether an element (and all it holds) is left out of the text. */
export type Skip = (el: Element) => boolean

const KEEP_ALL: Skip = () => false

/** Visible text of `root`, leaving out every element `skip` rejects. */
export function visibleText(root: Element, skip: Skip = KEEP_ALL): string {
  const parts: Part[] = []
  walk(root, skip, parts, false)
  return tidy(join(parts))
}

/** Visible text on one line (subjects, names). */
export function inlineText(root: Element): string {
  return visibleText(root).replace(/\s+/g, ' ').trim()
}

/** Selection or pasted text, with the same spacing rules as visibleText. */
export function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v\u00a0\u202f]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

function walk(node: Node, skip: Skip, parts: Part[], pre: boolean): void {
  for (const child of node.childNodes) {
    if (child.nodeType === TEXT_NODE) {
      const text = child.nodeValue ?? ''
      parts.push(pre ? text : text.replace(/[ \t\n\r\f]+/g, ' '))
    } else if (isElement(child)) {
      element(child, skip, parts, pre)
    }
  }
}

function element(node: Element, skip: Skip, parts: Part[], pre: boolean): void {
  const tag = node.tagName.toUpperCase()
  if (NEVER_TEXT.has(tag)) return
  if (skip(node) || isHiddenBox(node)) return
  if (tag === 'BR') {
    parts.push({ br: true })
    return
  }
  if (tag === 'IMG') {
    // Gmail renders emoji as images; their alt is the emoji itself.
    if (node.hasAttribute('data-emoji')) parts.push(node.getAttribute('alt') ?? '')
    return
  }
  const breaks = PARAGRAPH.has(tag) ? 2 : BLOCK.has(tag) ? 1 : 0
  if (breaks) parts.push({ breaks })
  if (CELL.has(tag)) parts.push(' ')
  walk(node, skip, parts, pre || tag === 'PRE')
  if (breaks) parts.push({ breaks })
}

// Block edges ask for line breaks; like innerText, breaks already written (by a <br>) count
// towards them, and spaces next to a break are dropped.
function join(parts: Part[]): string {
  let out = ''
  let pending = 0
  const flush = (): void => {
    if (out !== '') out += '\n'.repeat(Math.max(0, pending - trailingNewlines(out)))
    pending = 0
  }
  for (const part of parts) {
    if (typeof part === 'string') {
      if (part === '') continue
      if (part.trim() === '' && (pending > 0 || out === '' || out.endsWith('\n'))) continue
      flush()
      out += part
    } else if ('br' in part) {
      flush()
      out += '\n'
    } else {
      pending = Math.max(pending, part.breaks)
    }
  }
  return out
}

function trailingNewlines(text: string): number {
  let count = 0
  for (let i = text.length - 1; i >= 0 && (text[i] === '\n' || text[i] === ' '); i--) {
    if (text[i] === '\n') count++
  }
  return count
}

const TEXT_NODE = 3
const ELEMENT_NODE = 1

// Checked by node type, not instanceof: a page's nodes and the script's constructors may come
// from different realms.
function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE && 'matches' in node
}
