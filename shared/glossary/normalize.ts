// How the matcher sees text: one UTF-16 unit at a time, folded so that case,
// accents, ligatures and the many spellings of space, hyphen and apostrophe
// compare equal. Folding unit by unit (never whole strings) is what lets the
// matcher report offsets in the original text without an index map per call.

/** Unit kinds. SKIP units (combining marks, soft hyphens, joiners) vanish. */
export const KIND_SKIP = 1
/** Space, hyphen and apostrophe variants: all one separator, runs collapse. */
export const KIND_SEP = 2
/** Letters and digits: a match may not start or end next to one. */
export const KIND_WORD = 3
/** Punctuation and symbols: word breaks that still match themselves (M&A). */
export const KIND_OTHER = 4
/** Ligatures that fold to two letters (œ → oe), so both spellings match. */
export const KIND_EXPAND = 5

export const SEPARATOR = ' '

const APOSTROPHES = "'\u2019\u2018\u201B\u02BC\u02B9\u0060\u00B4\u2032\uFF07"
const HYPHENS = '-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D'
// Invisible inside a word: soft hyphen, zero-width space and joiners, BOM.
const INVISIBLE = '\u00AD\u200B\u200C\u200D\u2060\uFEFF'
const EXPANSIONS: Readonly<Record<string, string>> = {
  œ: 'oe',
  Œ: 'OE',
  æ: 'ae',
  Æ: 'AE',
  ß: 'ss',
  ẞ: 'SS',
  ﬀ: 'ff',
  ﬁ: 'fi',
  ﬂ: 'fl',
  ﬃ: 'ffi',
  ﬄ: 'ffl',
  ﬅ: 'st',
  ﬆ: 'st',
}
const WORD = /^[\p{L}\p{N}]$/u
const MARK = /^\p{M}$/u
const MARKS = /^\p{M}+$/u
const SPACE = /^\s$/u

// Filled lazily: a page only ever shows a few hundred distinct units, and
// computing all 65,536 up front would cost more than scanning a page.
const kinds = new Uint8Array(0x10000)
const folds = new Uint16Array(0x10000)

/** Kind of one UTF-16 unit (see KIND_*). */
export function unitKind(code: number): number {
  const k = kinds[code]!
  return k === 0 ? learn(code) : k
}

/** The folded unit (lowercase, no accent) for WORD, OTHER and SEP units. */
export function unitFold(code: number): number {
  if (kinds[code] === 0) learn(code)
  return folds[code]!
}

/** The folded letters of an EXPAND unit, e.g. 'oe' for 'Œ'. */
export function unitExpansion(code: number): string {
  return (EXPANSIONS[String.fromCharCode(code)] ?? '').toLowerCase()
}

function learn(code: number): number {
  const [kind, fold] = classify(code, true)
  kinds[code] = kind
  folds[code] = fold.charCodeAt(0) || 0
  return kind
}

function classify(code: number, lower: boolean): [number, string] {
  const ch = String.fromCharCode(code)
  // Lone surrogates: astral letters and emoji stay themselves and count as
  // word units, so a term never matches inside an astral word either.
  if (code >= 0xd800 && code <= 0xdfff) return [KIND_WORD, ch]
  if (APOSTROPHES.includes(ch) || HYPHENS.includes(ch) || SPACE.test(ch)) return [KIND_SEP, SEPARATOR]
  if (INVISIBLE.includes(ch) || MARK.test(ch)) return [KIND_SKIP, '']
  const expansion = EXPANSIONS[ch]
  if (expansion !== undefined) return [KIND_EXPAND, lower ? expansion.toLowerCase() : expansion]
  // Only a letter plus accents folds to the letter: other decompositions
  // (Hangul syllables into jamo) would make distinct letters equal.
  const parts = ch.normalize('NFD')
  const base = parts.length > 1 && MARKS.test(parts.slice(1)) ? parts.charAt(0) : ch
  const low = lower ? base.toLowerCase() : base
  // Folds must stay one unit so offsets stay one-to-one (e.g. 'İ' is fine, it
  // decomposes first; anything whose lowercase grows keeps its base form).
  const fold = low.length === 1 ? low : base
  return [WORD.test(fold) ? KIND_WORD : KIND_OTHER, fold]
}

/**
 * The matcher's form of a term: lowercase, accents and invisible units gone,
 * ligatures expanded, separators collapsed to one space, trimmed.
 */
export function foldKey(text: string): string {
  return foldWith(text, true)
}

/** Like foldKey but keeping case: for spellings that must match case (ROI, not roi). */
export function foldKeyKeepCase(text: string): string {
  return foldWith(text, false)
}

function foldWith(text: string, lower: boolean): string {
  let out = ''
  let pendingSep = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const kind = unitKind(code)
    if (kind === KIND_SKIP) continue
    if (kind === KIND_SEP) {
      pendingSep = out.length > 0
      continue
    }
    if (pendingSep) out += SEPARATOR
    pendingSep = false
    if (!lower) out += classify(code, false)[1]
    else if (kind === KIND_EXPAND) out += unitExpansion(code)
    else out += String.fromCharCode(unitFold(code))
  }
  return out
}

/** Whether a unit is part of a word, so a term cannot start or end beside it. */
export function isWordUnit(code: number): boolean {
  const kind = unitKind(code)
  return kind === KIND_WORD || kind === KIND_EXPAND
}
