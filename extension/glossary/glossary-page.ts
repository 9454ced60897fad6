// One page's glossary: the first scan in slices (the viewport's text first),
// then incremental rescans of what the page adds or edits, wired to the
// marks, the hover and keyboard lookups, and the tooltip.
import type { Matcher } from '../../shared/glossary/matcher'
import type { Lang } from '../../shared/schema/glossary'
import { indexAtViewportTop } from './caret'
import { isExcludedPlace } from './exclusions'
import { highlightsSupported } from './highlight-layer'
import { HoverWatcher } from './hover'
import { KeyboardCycler } from './keyboard'
import type { Marker } from './marker'
import { MatchStore, type NodeMatch } from './match-store'
import { MutationQueue } from './mutations'
import { TooltipPresenter } from './presenter'
import { scanSliced, type ScanTimings } from './scan-document'
import { Slice } from './scheduler'
import { SpanMarker } from './span-marker'
import type { TermView } from './term-view'
import type { Tooltip } from './tooltip'
import { ViewportMarker } from './viewport'
import { eligibleTextNodes } from './walk'

/** Page changes come in bursts; one rescan per short window. */
const FLUSH_DELAY_MS = 50

export interface GlossaryPageOptions {
  readonly doc: Document
  readonly matcher: Matcher
  readonly views: ReadonlyMap<string, TermView>
  readonly readerLang: Lang
  /** Forces a marker (tests); otherwise highlights where supported, spans elsewhere. */
  readonly marker?: (store: MatchStore) => Marker
  /** Timing hooks: the first pass, then each rescan; `startedAt` is performance.now() at its start (yields included). */
  readonly onTiming?: (phase: 'first' | 'rescan', timings: ScanTimings, startedAt: number) => void
}

export class GlossaryPage {
  readonly store = new MatchStore()
  readonly marker: Marker
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
    this.marker = options.marker?.(this.store) ?? (highlightsSupported() ? new ViewportMarker(this.store) : new SpanMarker(this.store))
    this.presenter = new TooltipPresenter(doc, options.readerLang, options.views, this.marker, () => this.keys.reset())
    this.queue = new MutationQueue(() => this.flushSoon())
    this.hover = new HoverWatcher(doc, this.store, {
      onHit: (hit, pointer) => this.presenter.showHit(hit, pointer),
      onMiss: () => this.presenter.hideSoon(),
      isOwn: (target) => this.presenter.isOwn(target),
    })
    this.keys = new KeyboardCycler(doc.defaultView!, {
      candidates: () => this.marker.paintedNodes(),
      matchesOf: (node) => this.store.get(node),
      show: (item) => this.presenter.showVisible(item),
      close: () => this.presenter.close(),
    })
  }

  get tooltip(): Tooltip {
    return this.presenter.tooltip
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
      const slice = new Slice()
      const t0 = performance.now()
      const nodes = eligibleTextNodes(root, { skip: this.own() })
      const walkMs = performance.now() - t0
      const { matchMs } = await scanSliced(nodes, this.options.matcher, (node, list) => this.found(node, list), {
        first: indexAtViewportTop(doc, nodes), slice, cancelled: () => this.stopped,
      })
      const timings = { walkMs, matchMs, nodes: nodes.length, matches: this.store.size, slices: slice.count, longestSliceMs: Math.max(slice.longestMs, walkMs) }
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
    this.store.clear()
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
      if (pending.removed) for (const node of this.store.sweep()) this.marker.update(node)
      const skip = this.own()
      const nodes: Text[] = []
      for (const root of pending.roots) {
        if (isExcludedPlace(root, skip)) continue
        if (root.nodeType === Node.TEXT_NODE) nodes.push(root as Text)
        else if (root.nodeType === Node.ELEMENT_NODE) for (const node of eligibleTextNodes(root, { skip })) nodes.push(node)
      }
      const walkMs = performance.now() - t0
      const slice = new Slice()
      const { matchMs } = await scanSliced(nodes, this.options.matcher, (node, list) => this.found(node, list), { slice, cancelled: () => this.stopped })
      const timings = { walkMs, matchMs, nodes: nodes.length, matches: this.store.size, slices: slice.count, longestSliceMs: slice.longestMs }
      this.options.onTiming?.('rescan', timings, t0)
      return timings
    } finally {
      this.busy = false
      if (this.queue.size > 0 && !this.stopped) this.flushSoon()
    }
  }

  private found(node: Text, list: readonly NodeMatch[]): void {
    // A node without matches before or after costs nothing more.
    if (list.length === 0 && this.store.get(node) === undefined) return
    this.store.set(node, list)
    this.marker.update(node)
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
