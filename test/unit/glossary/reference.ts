// A deliberately naive matcher with the same rules as shared/glossary/matcher:
// fold the whole text with an index map, try every key at every position,
// then keep leftmost-longest. Slow and obviously right, to check the fast one.
import {
  KIND_EXPAND,
  KIND_SEP,
  KIND_SKIP,
  KIND_WORD,
  foldKey,
  foldKeyKeepCase,
  unitExpansion,
  unitFold,
  unitKind,
} from '../../../shared/glossary/normalize'
import type { Match, MatchableTerm } from '../../../shared/glossary/matcher'

interface Unit {
  ch: string
  at: number
  word: boolean
}

export function foldWithMap(text: string): Unit[] {
  const units: Unit[] = []
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const kind = unitKind(code)
    if (kind === KIND_SKIP) continue
    if (kind === KIND_SEP) {
      if (units.at(-1)?.ch !== ' ') units.push({ ch: ' ', at: i, word: false })
    } else if (kind === KIND_EXPAND) {
      for (const ch of unitExpansion(code)) units.push({ ch, at: i, word: true })
    } else units.push({ ch: String.fromCharCode(unitFold(code)), at: i, word: kind === KIND_WORD })
  }
  return units
}

export function referenceFind(terms: readonly MatchableTerm[], text: string): Match[] {
  const units = foldWithMap(text)
  const folded = units.map((u) => u.ch).join('')
  const candidates: { start: number; end: number; termId: string }[] = []
  const keys = new Set<string>()
  for (const t of terms) {
    const unmatched = new Set((t.unmatched ?? []).map(foldKey))
    for (const s of [t.term, ...t.aliases]) if (foldKey(s) !== '' && !unmatched.has(foldKey(s))) keys.add(foldKey(s))
  }
  for (const key of keys) {
    for (let s = folded.indexOf(key); s >= 0; s = folded.indexOf(key, s + 1)) {
      const e = s + key.length
      if (s > 0 && units[s - 1]!.word) continue
      if (e < units.length && units[e]!.word) continue
      const start = units[s]!.at
      let end = units[e - 1]!.at + 1
      while (end < text.length && unitKind(text.charCodeAt(end)) === KIND_SKIP) end++
      const termId = ownerOf(terms, key, text.slice(start, end))
      if (termId !== null) candidates.push({ start, end, termId })
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: Match[] = []
  for (const c of candidates) if (kept.length === 0 || c.start >= kept.at(-1)!.end) kept.push(c)
  return kept
}

function ownerOf(terms: readonly MatchableTerm[], key: string, original: string): string | null {
  for (const t of terms) {
    const unmatched = new Set((t.unmatched ?? []).map(foldKey))
    for (const s of [t.term, ...t.aliases]) {
      if (foldKey(s) !== key || unmatched.has(key)) continue
      if (!(t.caseSensitive ?? []).includes(s) || foldKeyKeepCase(s) === foldKeyKeepCase(original)) return t.id
    }
  }
  return null
}
