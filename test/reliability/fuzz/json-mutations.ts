import fc from 'fast-check'

/**
 * Malformed JSON bodies, built by breaking a valid one: a wrong type somewhere, an extra key
 * (`__proto__` among them), a missing key, a huge string, deep nesting, then sometimes damage
 * to the text or its bytes. Huge and deep values stay as markers until `materialize`, so a
 * batch of cases costs little memory until it is sent.
 */
type Path = (string | number)[]
type Mutation = { op: 'set'; value: unknown } | { op: 'add'; key: string; value: unknown } | { op: 'delete' }

const HUGE = (n: number, unit: string) => `@@HUGE:${n}:${unit.codePointAt(0)}@@`
const DEEP = (n: number, kind: 'array' | 'object') => `@@DEEP:${n}:${kind}@@`

/** Expands the markers into the real (possibly megabyte-long) text. */
export function materialize(template: string): string {
  return template
    .replace(/"@@HUGE:(\d+):(\d+)@@"/g, (_m, n: string, code: string) =>
      JSON.stringify(String.fromCodePoint(Number(code)).repeat(Number(n))),
    )
    .replace(/"@@DEEP:(\d+):(array|object)@@"/g, (_m, n: string, kind: string) =>
      kind === 'array' ? '['.repeat(Number(n)) + ']'.repeat(Number(n)) : `${'{"a":'.repeat(Number(n))}1${'}'.repeat(Number(n))}`,
    )
}

export const hugeString = fc
  .tuple(fc.integer({ min: 1_000, max: 300_000 }), fc.constantFrom('a', 'é', '\u0000', '"', '\\', '💥', '\u202e', '<'))
  .map(([n, unit]) => HUGE(n, unit))

export const deepValue = fc
  .tuple(fc.integer({ min: 100, max: 60_000 }), fc.constantFrom('array' as const, 'object' as const))
  .map(([n, kind]) => DEEP(n, kind))

const oddNumber = fc.constantFrom(-1, 0, -0, 1.5, 2 ** 53, -(2 ** 63), 1e308, Number.MIN_VALUE)

export const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  oddNumber,
  fc.boolean(),
  fc.constant(null),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.integer(), { maxKeys: 3 }),
  fc.constant({}),
  fc.constant([]),
  fc.constant(''),
  hugeString,
  deepValue,
)

export const extraKey = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    'createdBy',
    'memberId',
    'role',
    'id',
    'admin',
    '',
  ),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
)

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: wrongValue.map((value) => ({ op: 'set' as const, value })), weight: 5 },
  { arbitrary: fc.tuple(extraKey, wrongValue).map(([key, value]) => ({ op: 'add' as const, key, value })), weight: 3 },
  { arbitrary: fc.constant({ op: 'delete' as const }), weight: 2 },
)

function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const out: Path[] = [prefix]
  if (Array.isArray(value))
    value.forEach((v, i) => {
      out.push(...pathsOf(v, [...prefix, i]))
    })
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]))
  return out
}

/** Sets an own property, even `__proto__` (plain assignment would change the prototype instead). */
function own(target: object, key: string | number, value: unknown): void {
  // A copy: fast-check hands out the same constant object again, which would make cycles.
  Object.defineProperty(target, key, { value: structuredClone(value), enumerable: true, writable: true, configurable: true })
}

function apply(root: unknown, path: Path, m: Mutation): unknown {
  if (path.length === 0) {
    if (m.op === 'set') return structuredClone(m.value)
    if (m.op === 'delete') return undefined
    if (root && typeof root === 'object' && !Array.isArray(root)) own(root, m.key, m.value)
    return root
  }
  let parent = root as Record<string | number, unknown>
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>
  const last = path[path.length - 1]!
  if (m.op === 'set') own(parent, last, m.value)
  else if (m.op === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1)
    else delete parent[last]
  } else {
    const target = parent[last]
    if (target && typeof target === 'object' && !Array.isArray(target)) own(target, m.key, m.value)
    else own(parent, last, { [m.key]: m.value })
  }
  return root
}

/** Damage to the text itself, or to its bytes (invalid UTF-8, UTF-16). */
export type Tweak =
  | { t: 'none' }
  | { t: 'truncate'; at: number }
  | { t: 'insert'; at: number; text: string }
  | { t: 'badBytes'; at: number; bytes: number[] }
  | { t: 'bom' }
  | { t: 'utf16' }
  | { t: 'nan'; word: string }

const BAD_UTF8 = [
  [0xc3, 0x28],
  [0xff],
  [0xfe, 0xff],
  [0xed, 0xa0, 0x80],
  [0xc0, 0xaf],
  [0xf8, 0x88, 0x80, 0x80, 0x80],
  [0x80],
  [0xf4, 0x90, 0x80, 0x80],
  [0xe2, 0x82],
]

export const tweak: fc.Arbitrary<Tweak> = fc.oneof(
  { arbitrary: fc.constant({ t: 'none' as const }), weight: 12 },
  { arbitrary: fc.nat().map((at) => ({ t: 'truncate' as const, at })), weight: 2 },
  {
    arbitrary: fc
      .tuple(fc.nat(), fc.constantFrom(',', '}', ']', '"', '\\', '\u0000', '//', '/*', 'undefined', ':', '{"__proto__":1}'))
      .map(([at, text]) => ({ t: 'insert' as const, at, text })),
    weight: 2,
  },
  { arbitrary: fc.tuple(fc.nat(), fc.constantFrom(...BAD_UTF8)).map(([at, bytes]) => ({ t: 'badBytes' as const, at, bytes })), weight: 3 },
  { arbitrary: fc.constant({ t: 'bom' as const }), weight: 1 },
  { arbitrary: fc.constant({ t: 'utf16' as const }), weight: 1 },
  {
    arbitrary: fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e999', '0x10', '01', '+1').map((word) => ({ t: 'nan' as const, word })),
    weight: 2,
  },
)

/** A template (markers unexpanded) or raw bytes. */
export type BodyTemplate = { text: string; tweak: Tweak }

export function brokenBody(valid: unknown): fc.Arbitrary<BodyTemplate> {
  return fc.tuple(fc.array(fc.tuple(fc.nat(), mutation), { minLength: 1, maxLength: 3 }), tweak).map(([mutations, t]) => {
    let value = structuredClone(valid)
    for (const [pick, m] of mutations) {
      const all = pathsOf(value)
      value = apply(value, all[pick % all.length]!, m)
    }
    return { text: value === undefined ? '' : JSON.stringify(value), tweak: t }
  })
}

export const randomBody: fc.Arbitrary<BodyTemplate> = fc
  .oneof(
    fc.jsonValue({ maxDepth: 4 }).map((j) => JSON.stringify(j)),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.constantFrom('', 'null', '[]', '{}', '"x"', '1e400', '{"a":1,"a":2}', 'true', '{', '[', '{"a":}', '\ufeff{}'),
  )
  .chain((text) => tweak.map((t) => ({ text, tweak: t })))

/** The bytes to send: markers expanded, then the tweak applied. */
export function bodyBytes(body: BodyTemplate): Uint8Array<ArrayBuffer> {
  const text = materialize(body.text)
  const t = body.tweak
  const enc = (s: string) => new TextEncoder().encode(s)
  switch (t.t) {
    case 'none':
      return enc(text)
    case 'truncate':
      return enc(text.slice(0, t.at % (text.length + 1)))
    case 'insert': {
      const at = t.at % (text.length + 1)
      return enc(text.slice(0, at) + t.text + text.slice(at))
    }
    case 'badBytes': {
      const bytes = enc(text)
      const at = t.at % (bytes.length + 1)
      const out = new Uint8Array(bytes.length + t.bytes.length)
      out.set(bytes.subarray(0, at), 0)
      out.set(t.bytes, at)
      out.set(bytes.subarray(at), at + t.bytes.length)
      return out
    }
    case 'bom':
      return enc(`\ufeff${text}`)
    case 'utf16': {
      const out = new Uint8Array(text.length * 2)
      for (let i = 0; i < text.length; i++) {
        out[2 * i] = text.charCodeAt(i) & 0xff
        out[2 * i + 1] = text.charCodeAt(i) >> 8
      }
      return out
    }
    case 'nan':
      return enc(text.replace(/-?\d+(\.\d+)?/, t.word))
  }
}
