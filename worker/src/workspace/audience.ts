/** Who must hear about a change: every member, or a few (confidential items). */
export type Audience = 'all' | Set<string>

export function union(a: Audience, b: Audience): Audience {
  if (a === 'all' || b === 'all') return 'all'
  return new Set([...a, ...b])
}
