// The eligible-text walk: a plain TreeWalker over text nodes, with no NodeFilter
// callback (a JS filter costs 5–7× the walk itself). Excluded subtrees come
// from one querySelectorAll; what the walk needs to know about each element
// (excluded? which block? which scope?) is memoized, so text nodes sharing
// parents cost one map read each.
//
// It hands out batches of text ready for the matcher: the nodes, their text,
// and which node continues the previous one inside the same block (inline
// markup between them), so a term split by <b> or <i> is still one match.
import { EXCLUDED_PARENTS, SKIPPED_SUBTREES } from './exclusions'

/** A batch stops at about this many characters, at a block's end: big enough to amortise a matcher call, small enough to check the clock. */
export const BATCH_CHARS = 16_384
/** A block longer than this is cut anyway (a term across that cut is missed). */
const MAX_BATCH_CHARS = 4 * BATCH_CHARS
/** Room for this many nodes' flags before the batch's array grows. */
const BATCH_NODES = 512

/** Elements that flow inside a line: text on both sides of them reads as one. */
const INLINE: ReadonlySet<string> = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'big',
  'br',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'label',
  'mark',
  'nobr',
  'q',
  's',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
])

export interface WalkOptions {
  /** More subtrees to skip (the extension's host is always skipped). */
  readonly skip?: readonly Element[]
  /**
   * Elements that each count first occurrences on their own (an open Gmail message's body);
   * text outside them belongs to the document.
   */
  readonly scopes?: string
}

export interface TextBatch {
  readonly nodes: Text[]
  readonly chunks: string[]
  /** joined[i] is 1 when nodes[i] continues nodes[i - 1] in the same block and scope (it may be longer than nodes). */
  readonly joined: Uint8Array
  readonly scopes: Node[]
  readonly chars: number
}

/** What the walk knows about an element; shared by an element and its inline children. */
interface Place {
  readonly excluded: boolean
  readonly scope: Node
  readonly block: Element | null
}

export class TextWalk {
  private readonly doc: Document
  private readonly places = new Map<Element, Place>()
  private rootIndex = -1
  private walker: TreeWalker | null = null
  private excluded = new Set<Element>()
  private scopeRoots = new Set<Element>()
  /** A node read past the end of the previous batch. */
  private held: { node: Text; data: string; place: Place } | null = null

  constructor(
    private readonly roots: readonly Node[],
    private readonly options: WalkOptions = {},
  ) {
    const first = roots[0]
    this.doc = first?.ownerDocument ?? (first as Document | undefined) ?? document
  }

  /**
   * True once the page removed the node the walk stood on between two batches: the rest of
   * that root cannot be reached from there, so the caller rescans the root.
   */
  lost = false

  /** The next batch, or null when every root is done. */
  next(maxChars = BATCH_CHARS): TextBatch | null {
    if (this.doc.designMode === 'on') return null
    if (this.walker !== null && !this.walker.currentNode.isConnected) {
      this.lost = true
      this.walker = null
      this.held = null
    }
    const nodes: Text[] = []
    const chunks: string[] = []
    const scopes: Node[] = []
    let joins = new Uint8Array(BATCH_NODES)
    let chars = 0
    let last: Place | null = null
    if (this.held !== null) {
      const { node, data, place } = this.held
      nodes.push(node)
      chunks.push(data)
      scopes.push(place.scope)
      chars = data.length
      last = place
      this.held = null
    }
    for (;;) {
      const node = this.walker === null ? null : (this.walker.nextNode() as Text | null)
      if (node === null) {
        if (!this.openNextRoot()) break
        // A new root never continues the previous one's text.
        last = null
        continue
      }
      // Read once: every .data read crosses into the engine and makes a string.
      const data = node.data
      if (data.length === 0) continue
      const parent = node.parentElement
      if (parent === null || EXCLUDED_PARENTS.has(parent.localName)) continue
      const place = this.places.get(parent) ?? this.placeOf(parent)
      if (place.excluded) continue
      const join = last !== null && last.block === place.block && last.scope === place.scope
      // Past the budget: finish the block, so no term is cut in two, then stop.
      if (chars >= maxChars && (!join || chars >= MAX_BATCH_CHARS)) {
        this.held = { node, data, place }
        break
      }
      const i = nodes.length
      if (i >= joins.length) {
        const grown = new Uint8Array(joins.length * 2)
        grown.set(joins)
        joins = grown
      }
      if (join) joins[i] = 1
      nodes.push(node)
      chunks.push(data)
      scopes.push(place.scope)
      chars += data.length
      last = place
    }
    if (nodes.length === 0) return null
    return { nodes, chunks, joined: joins, scopes, chars }
  }

  private openNextRoot(): boolean {
    this.rootIndex++
    const root = this.roots[this.rootIndex]
    if (root === undefined) {
      this.walker = null
      return false
    }
    const skip = this.options.skip ?? []
    this.excluded = new Set(excludedRoots(root, skip))
    this.scopeRoots = new Set(
      this.options.scopes && 'querySelectorAll' in root ? (root as ParentNode).querySelectorAll(this.options.scopes) : [],
    )
    const element = root.nodeType === Node.ELEMENT_NODE ? (root as Element) : null
    if (element !== null && !this.places.has(element)) this.places.set(element, this.outerPlace(element))
    this.walker = this.doc.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    return true
  }

  /** A root's place, from its ancestors (the caller has checked it is not excluded). */
  private outerPlace(root: Element): Place {
    let block: Element | null = root
    while (block !== null && INLINE.has(block.localName)) block = block.parentElement
    const scope = (this.options.scopes ? root.closest(this.options.scopes) : null) ?? this.doc
    return { excluded: false, scope, block }
  }

  private placeOf(parent: Element): Place {
    const known = this.places.get(parent)
    if (known !== undefined) return known
    const chain: Element[] = []
    let base: Place | undefined
    for (let el: Element | null = parent; el !== null; el = el.parentElement) {
      base = this.places.get(el)
      if (base !== undefined) break
      chain.push(el)
    }
    let place: Place = base ?? { excluded: false, scope: this.doc, block: null }
    for (let i = chain.length - 1; i >= 0; i--) {
      const el = chain[i]!
      const excluded = this.excluded.has(el)
      const scope = this.scopeRoots.has(el)
      const inline = INLINE.has(el.localName)
      // Inline children share their parent's place: one object per block, not per element.
      if (excluded || scope || !inline)
        place = { excluded: place.excluded || excluded, scope: scope ? el : place.scope, block: inline ? place.block : el }
      this.places.set(el, place)
    }
    return place
  }
}

/** The block a node's text flows in: itself if it is a block, else its nearest non-inline ancestor. */
export function blockAround(node: Node): Element | null {
  let el: Element | null = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement
  while (el !== null && INLINE.has(el.localName)) el = el.parentElement
  return el
}

/** Every eligible text node under `root`, in document order (tests, the benchmark's product walk). */
export function eligibleTextNodes(root: Node, options: WalkOptions = {}): Text[] {
  const walk = new TextWalk([root], options)
  const out: Text[] = []
  for (let batch = walk.next(); batch !== null; batch = walk.next()) for (const node of batch.nodes) out.push(node)
  return out
}

/** Excluded subtree roots under `root` (not `root` itself: callers check that). */
function excludedRoots(root: Node, extra: readonly Element[]): Element[] {
  if (!('querySelectorAll' in root)) return []
  const found = [...(root as ParentNode).querySelectorAll(SKIPPED_SUBTREES)]
  for (const el of extra) if (root.contains(el)) found.push(el)
  return found
}
