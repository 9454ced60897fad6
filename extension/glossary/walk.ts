// The eligible-text walk: a plain TreeWalker over text nodes, with no NodeFilter
// callback (a JS filter costs 5–7× the walk itself). Excluded subtrees come
// from one querySelectorAll; each element's verdict is memoized.
import { EXCLUDED_PARENTS, SKIPPED_SUBTREES } from './exclusions'

/** Shorter text cannot hold a term; it is mostly whitespace between elements. */
const MIN_TEXT = 2

export interface WalkOptions {
  /** More subtrees to skip (the extension's host is always skipped). */
  readonly skip?: readonly Element[]
}

export function eligibleTextNodes(root: Node, options: WalkOptions = {}): Text[] {
  const doc = root.ownerDocument ?? (root as Document)
  if (doc.designMode === 'on') return []
  const out: Text[] = []
  const excluded = new Set(excludedRoots(root, options.skip ?? []))
  // Text nodes share parents: each element's verdict is computed once, by walking up only as
  // far as the first element already known. Comparing document positions per text node cost
  // 5x the walk itself (bench: glossary.scan_50_terms_walk_part_ms).
  const verdict = new Map<Element, boolean>()
  const insideExcluded = (start: Element): boolean => {
    const chain: Element[] = []
    let result = false
    for (let el: Element | null = start; el !== null && el !== root; el = el.parentElement) {
      const known = verdict.get(el)
      if (known !== undefined) {
        result = known
        break
      }
      chain.push(el)
      if (excluded.has(el)) {
        result = true
        break
      }
    }
    for (const el of chain) verdict.set(el, result)
    return result
  }
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const text = node as Text
    if (text.data.length < MIN_TEXT) continue
    const parent = text.parentElement
    if (parent === null || EXCLUDED_PARENTS.has(parent.localName)) continue
    if (excluded.size > 0 && insideExcluded(parent)) continue
    out.push(text)
  }
  return out
}

/** Excluded subtree roots under `root` (not `root` itself: callers check that), in document order. */
function excludedRoots(root: Node, extra: readonly Element[]): Element[] {
  if (!('querySelectorAll' in root)) return []
  const found = [...(root as ParentNode).querySelectorAll(SKIPPED_SUBTREES)]
  const more = extra.filter((el) => root.contains(el) && !found.includes(el))
  if (more.length === 0) return found
  return [...found, ...more].sort((a, b) => ((a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 ? -1 : 1))
}

