// One page's glossary: the first scan in slices (walk, match and mark in one
// pass, in document order), then incremental rescans of what the page adds or
// edits, wired to the marks, the hover and keyboard lookups, and the tooltip.
import type { Matcher } from '../../shared/glossary/matcher'
import type { Lang } from '../../shared/schema/glossary'
import { isExcludedPlace } from './exclusions'
import { FirstMarks, type MarkRules, QUIET } from './first-marks'
import { highlightsSupported } from './highlight-layer'
import { HoverWatcher } from './hover'
import { KeyboardCycler } from './keyboard'
import type { Marker } from './marker'
import { MatchStore, type NodeMatch, type PageMatch } from './match-store'
import { MutationQueue } from './mutations'
import { TooltipPresenter } from './presenter'
import { type ScanTimings, scanLoop } from './scan-document'
import { Slice } from './scheduler'
import { SpanMarker } from './span-marker'
import type { TermView } from './term-view'
import type { Tooltip } from './tooltip'
import { ViewportMarker } from './viewport'
import { blockAround, type TextBatch, TextWalk } from './walk'

/** Page changes come in bursts; one rescan per short window. */
const FLUSH_DELAY_MS = 50

export interface GlossaryPageOptions {
  readonly doc: Document
  readonly matcher: Matcher
  readonly views: ReadonlyMap<string, TermView>
  readonly readerLang: Lang
  /** Which occurrences are marked: first ones only by default. */
  readonly rules?: MarkRules
  /** A term's concept (shared with its counterpart in the other language): marked once for both. */
  readonly concept?: (termId: string) => string
  /** Elements that count first occurrences on their own (Gmail's message bodies). */
  readonly scopes?: string
  /** The reader pressed "I know this term" (a trusted click): the page stops marking it at once. */
  readonly onKnown?: (termId: string) => void
  /** Forces a marker (tests); otherwise highlights where supported, spans elsewhere. */
  readonly marker?: (store: MatchStore) => Marker
  /** Timing hooks: the first pass, then each rescan; `startedAt` is performance.now() at its start (yields included). */
  readonly onTiming?: (phase: 'first' | 'rescan', timings: ScanTimings, startedAt: number) => void
}

export class GlossaryPage {
  readonly store = new MatchStore()
  readonly marker: Marker
  private readonly marks: FirstMarks
  private readonly presenter: TooltipPresenter
  private readonly queue: MutationQueue
  private readonly hover: HoverWatcher
  private readonly keys: KeyboardCycler
  private flushTimer: ReturnType<typeof setTimeout> | null = null
  private busy = false
  private stopped = false
  private readonly onScroll = () => this.presenter.close()

  constructor(private readonly options: GlossaryPageOptions) {
    const { doc } = options
    this.marker = options.marker?.(this.store) ?? (highlightsSupported() ? new ViewportMarker() : new SpanMarker(this.store))
    this.queue = new MutationQueue(() => this.flushSoon())
    this.marks = new FirstMarks(options.rules ?? QUIET, (match, painted) => this.show(match, painted), options.concept)
    this.presenter = new TooltipPresenter(
      doc,
      options.readerLang,
      options.views,
      this.marker,
      () => this.keys.reset(),
      (termId) => this.know(termId),
    )
    this.hover = new HoverWatcher(doc, this.store, {
      onHit: (hit, pointer) => this.presenter.showHit(hit, pointer),
      onMiss: () => this.presenter.hideSoon(),
      isOwn: (target) => this.presenter.isOwn(target),
    })
    this.keys = new KeyboardCycler(doc.defaultView!, {
      candidates: () => firstPieces(this.marker.painted()),
      show: (item) => this.presenter.showVisible(item),
      close: () => this.presenter.close(),
      enter: () => this.presenter.enter(),
    })
  }

  get tooltip(): Tooltip {
    return this.presenter.tooltip
  }

  /** How many matches are painted now (marks, not hover-only matches). */
  get paintedCount(): number {
    let n = 0
    for (const node of this.store.nodes())
      for (const piece of this.store.get(node)!) if (piece.match.painted && piece.match.pieces[0] === piece) n++
    return n
  }

  /** Scans the page and starts watching it. Resolves when the first pass is done. */
  async start(): Promise<ScanTimings> {
    const { doc } = this.options
    const root = doc.body ?? doc.documentElement
    // Watch first: whatever changes during the sliced pass is queued, not lost.
    this.queue.observe(root)
    this.hover.start()
    this.keys.start()
    doc.defaultView?.addEventListener('scroll', this.onScroll, { capture: true, passive: true })

    this.busy = true
    try {
      const t0 = performance.now()
      const walk = new TextWalk([root], { skip: this.own(), scopes: this.options.scopes })
      const timings = await scanLoop({
        walk,
        matcher: this.options.matcher,
        slice: new Slice(),
        found: (matches) => this.found(matches, true),
        cancelled: () => this.stopped,
      })
      // The page removed the node the walk stood on: what followed it is scanned again.
      if (walk.lost) this.queue.add(root)
      timings.matches = this.store.size
      this.options.onTiming?.('first', timings, t0)
      return timings
    } finally {
      this.busy = false
      if (this.queue.size > 0) this.flushSoon()
    }
  }

  stop(): void {
    this.stopped = true
    this.queue.disconnect()
    this.hover.stop()
    this.keys.stop()
    this.options.doc.defaultView?.removeEventListener('scroll', this.onScroll, { capture: true })
    if (this.flushTimer !== null) clearTimeout(this.flushTimer)
    this.presenter.dispose()
    this.marker.dispose()
    this.marks.clear()
    this.store.clear()
  }

  /** New marking rules (a term known again, the every-occurrence setting): repaints at once. */
  setRules(rules: MarkRules): void {
    this.marks.setRules(rules)
  }

  get rules(): MarkRules {
    return this.marks.current
  }

  /** Rescans what changed since the last flush, now. Resolves when done (tests, benchmarks). */
  async flush(): Promise<ScanTimings | null> {
    if (this.flushTimer !== null) clearTimeout(this.flushTimer)
    this.flushTimer = null
    if (this.busy || this.stopped) return null
    this.busy = true
    try {
      const t0 = performance.now()
      const pending = this.queue.take()
      if (pending.removed) this.marks.remove(this.store.sweep())
      const walk = new TextWalk(this.units(pending.roots), { skip: this.own(), scopes: this.options.scopes })
      const timings = await scanLoop({
        walk,
        matcher: this.options.matcher,
        slice: new Slice(),
        before: (batch) => this.forget(batch),
        found: (matches) => this.found(matches, false),
        cancelled: () => this.stopped,
      })
      timings.matches = this.store.size
      this.options.onTiming?.('rescan', timings, t0)
      return timings
    } finally {
      this.busy = false
      if (this.queue.size > 0 && !this.stopped) this.flushSoon()
    }
  }

  /**
   * What to rescan for changed roots: a whole block for text or inline markup (a term may
   * run across the change), the root itself otherwise; outermost only.
   */
  private units(roots: readonly Node[]): Element[] {
    const skip = this.own()
    const units = new Set<Element>()
    for (const root of roots) {
      if (isExcludedPlace(root, skip)) continue
      const unit = blockAround(root)
      if (unit !== null) units.add(unit)
    }
    const out: Element[] = []
    for (const unit of units) {
      let covered = false
      for (let p = unit.parentElement; p !== null && !covered; p = p.parentElement) covered = units.has(p)
      if (!covered) out.push(unit)
    }
    return out
  }

  /** Before a rescan matches these nodes again: what they had goes. */
  private forget(batch: TextBatch): void {
    for (const node of batch.nodes) {
      if (!this.store.has(node)) continue
      const gone = this.store.matchesIn(node)
      for (const match of gone) this.store.remove(match)
      this.marks.remove(gone)
    }
  }

  private found(matches: PageMatch[], appended: boolean): void {
    for (const match of matches) this.store.add(match)
    this.marks.add(matches, appended)
  }

  private show(match: PageMatch, painted: boolean): void {
    const apply = () => (painted ? this.marker.paint(match) : this.marker.unpaint(match))
    // Spans change the DOM: our own change must not come back as a rescan.
    if (this.marker.kind === 'spans') this.queue.ignoring(apply)
    else apply()
  }

  private know(termId: string): void {
    const known = new Set(this.marks.current.known)
    known.add(termId)
    this.setRules({ ...this.marks.current, known })
    this.options.onKnown?.(termId)
  }

  private flushSoon(): void {
    if (this.flushTimer !== null || this.stopped) return
    this.flushTimer = setTimeout(() => {
      this.flushTimer = null
      void this.flush()
    }, FLUSH_DELAY_MS)
  }

  private own(): Element[] {
    const host = this.presenter.tooltip.element
    return host ? [host] : []
  }
}

function* firstPieces(matches: Iterable<PageMatch>): Iterable<NodeMatch> {
  for (const match of matches) yield match.pieces[0]!
}
