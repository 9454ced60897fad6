// Bundled by bench/glossary.mjs for the benchmark page: the content script's own pieces
// (extension/glossary) on a page the benchmark serves, without the extension around them.
import { compileMatcher, matchableTerms } from '../shared/glossary'
import type { GlossaryTerm } from '../shared/schema/glossary'
import { GlossaryPage } from '../extension/glossary/glossary-page'
import type { ScanTimings } from '../extension/glossary/scan-document'
import { termViews } from '../extension/glossary/term-view'
import { eligibleTextNodes } from '../extension/glossary/walk'
import { floorWalk } from './glossary-floor'

let page: GlossaryPage | null = null

/** The floor of any scan: the bare eligible-text walk (bench/glossary-floor.ts). */
function walk(): { ms: number; nodes: number; chars: number } {
  const t0 = performance.now()
  const { nodes, chars } = floorWalk(document.body)
  return { ms: performance.now() - t0, nodes, chars }
}

/** The product's own walk alone (extension/glossary/walk.ts), to show its share of a scan. */
function productWalk(): { ms: number; nodes: number; chars: number } {
  const t0 = performance.now()
  const nodes = eligibleTextNodes(document.body)
  let chars = 0
  for (const node of nodes) chars += node.data.length
  return { ms: performance.now() - t0, nodes: nodes.length, chars }
}

/** Our first pass, as the content script runs it: compile, then the sliced scan and marks. */
async function scan(terms: GlossaryTerm[]): Promise<{ ms: number; timings: ScanTimings; matches: number; painted: number }> {
  const t0 = performance.now()
  const matcher = compileMatcher(matchableTerms(terms, 'fr'))
  page = new GlossaryPage({ doc: document, matcher, views: termViews(terms, 'fr', null), readerLang: 'fr' })
  const timings = await page.start()
  const ms = performance.now() - t0
  return { ms, timings, matches: page.store.size, painted: page.paintedCount }
}

/** The incremental rescan of what the page added since the last one. */
async function rescan(): Promise<ScanTimings | null> {
  return page ? page.flush() : null
}

/** Ranges registered in CSS.highlights now (the near-viewport ones). */
function registered(): number {
  let n = 0
  for (const highlight of CSS.highlights.values()) n += highlight.size
  return n
}

Object.assign(globalThis, { relaisBench: { walk, productWalk, scan, rescan, registered } })
