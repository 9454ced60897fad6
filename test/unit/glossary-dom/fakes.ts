// Test doubles: a marker that only records, and a matcher that records what it was given.
import type { Matcher } from '../../../shared/glossary'
import type { Marker } from '../../../extension/glossary/marker'
import type { PageMatch } from '../../../extension/glossary/match-store'

export class RecordingMarker implements Marker {
  readonly kind = 'highlight' as const
  private readonly shown = new Set<PageMatch>()
  paint(match: PageMatch): void {
    this.shown.add(match)
  }
  unpaint(match: PageMatch): void {
    this.shown.delete(match)
  }
  focus(): void {}
  painted(): PageMatch[] {
    return [...this.shown]
  }
  /** The painted terms, sorted. */
  paintedTerms(): string[] {
    return this.painted()
      .map((m) => m.termId)
      .sort()
  }
  dispose(): void {}
}

/** Wraps a matcher and keeps every chunk it scans. */
export function recording(matcher: Matcher): Matcher & { chunks: string[] } {
  const chunks: string[] = []
  return {
    chunks,
    keyCount: matcher.keyCount,
    find: (text) => matcher.find(text),
    findInChunks(list, mode, joined) {
      chunks.push(...list)
      return matcher.findInChunks(list, mode, joined)
    },
  }
}
