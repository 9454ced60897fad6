// The floor of any scan, as measured in the research note: one TreeWalker over text, the
// same exclusion rules as extension/glossary (parents by name, subtrees from one query),
// with excluded subtrees jumped over through a Set, and every node's text read. No
// matching, no marks: whatever a scanner adds on top of this is its own cost.
import { EXCLUDED_PARENTS, SKIPPED_SUBTREES } from '../extension/glossary/exclusions'

const MIN_TEXT = 2

export function floorWalk(root: Element): { nodes: number; chars: number } {
  const skipped = new Set(root.querySelectorAll(SKIPPED_SUBTREES))
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT)
  let nodes = 0
  let chars = 0
  let node = walker.nextNode()
  while (node !== null) {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node as Text
      if (text.data.length >= MIN_TEXT && !EXCLUDED_PARENTS.has((text.parentNode as Element).localName)) {
        nodes++
        chars += text.data.length
      }
      node = walker.nextNode()
    } else if (skipped.has(node as Element)) {
      // Past the subtree: the next sibling, or the next one up.
      node = walker.nextSibling()
      while (node === null && walker.parentNode() !== null) node = walker.nextSibling()
    } else node = walker.nextNode()
  }
  return { nodes, chars }
}
