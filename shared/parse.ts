import * as v from 'valibot'

/** The first bad field and a message naming it, for `invalid_request` answers. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): { field: string; message: string } {
  const first = issues[0]
  const field = first ? (v.getDotPath(first) ?? '(body)') : '(body)'
  return { field, message: first ? `${field}: ${first.message}` : 'invalid input' }
}
