// Test doubles: a marker that only records, and a matcher that records what it was given.
import type { Matcher } from '../../../shared/glossary'
import type { Marker } from '../../../extension/glossary/marker'
import type { MatchStore } from '../../../extension/glossary/match-store'

export class RecordingMarker implements Marker {
  readonly kind = 'highlight' as const
  readonly updates: Text[] = []
  constructor(readonly store: MatchStore) {}
  update(node: Text): void {
    this.updates.push(node)
  }
  focus(): void {}
  paintedNodes(): Iterable<Text> {
    return this.store.nodes()
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
    findInChunks(list, mode) {
      chunks.push(...list)
      return matcher.findInChunks(list, mode)
    },
  }
}
