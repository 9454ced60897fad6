import { validator } from 'hono/validator'
import * as v from 'valibot'
import { describeIssues } from '../../../shared/parse'
import { fail } from '../outcome'
import { ApiError } from './errors'

/** `application/json`, with any parameters (charset); the media type is case-insensitive. */
export const JSON_TYPE = /^application\/json\s*(;|$)/i

/** Validates a JSON body against one of the shared wire schemas; bad input is a 400 naming the field. */
export function jsonBody<S extends v.GenericSchema>(schema: S) {
  return validator('json', (value, c): v.InferOutput<S> => {
    if (!JSON_TYPE.test(c.req.header('content-type') ?? '')) {
      throw new ApiError(fail(415, 'unsupported_media_type', 'Send JSON with Content-Type: application/json.'))
    }
    return check(schema, value)
  })
}

export function query<S extends v.GenericSchema>(schema: S) {
  return validator('query', (value): v.InferOutput<S> => check(schema, value))
}

function check<S extends v.GenericSchema>(schema: S, value: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, value)
  if (result.success) return result.output
  const { field, message } = withoutInput(result.issues)
  throw new ApiError(fail(400, 'invalid_request', message, { field }))
}

const MAX_FIELD = 120
const MAX_MESSAGE = 300

/**
 * valibot's messages quote the string they received, which is whatever the caller sent: up to
 * the whole 256 KB body reflected back (the fuzzer found it), or item content put in the wrong
 * field. Errors name the kind of value instead, and field paths (which carry unknown key names)
 * are clipped.
 */
function withoutInput(issues: readonly v.BaseIssue<unknown>[]): { field: string; message: string } {
  const { field, message } = describeIssues(issues)
  const received = issues[0]?.received ?? ''
  const named = received.startsWith('"') ? message.split(`received ${received}`).join('received a string') : message
  return { field: clip(field, MAX_FIELD), message: clip(named.split(field).join(clip(field, MAX_FIELD)), MAX_MESSAGE) }
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}
