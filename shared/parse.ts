import * as v from 'valibot'

/** A parse failure that names the offending field, for `invalid_request` answers. */
export class ParseError extends Error {
  constructor(readonly field: string, message: string) {
    super(message)
  }
}

export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): { field: string; message: string } {
  const first = issues[0]
  const field = first ? (v.getDotPath(first) ?? '(body)') : '(body)'
  return { field, message: first ? `${field}: ${first.message}` : 'invalid input' }
}

/** Parses untrusted data or throws a ParseError naming the first bad field. */
export function parse<S extends v.GenericSchema>(schema: S, input: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, input)
  if (result.success) return result.output
  const { field, message } = describeIssues(result.issues)
  throw new ParseError(field, message)
}
