import * as v from 'valibot'
import { IdSchema } from './common'
import { LIMITS } from '../limits'

export const LANGS = ['fr', 'en'] as const
export const LangSchema = v.picklist(LANGS)
export type Lang = v.InferOutput<typeof LangSchema>

export const GlossaryQuerySchema = v.strictObject({ lang: v.optional(LangSchema) })

export const GlossaryTermSchema = v.object({
  id: IdSchema,
  term: v.string(),
  aliases: v.array(v.string()),
  definition: v.string(),
  lang: LangSchema,
  category: v.string(),
  source: v.picklist(['builtin', 'workspace']),
})
export type GlossaryTerm = v.InferOutput<typeof GlossaryTermSchema>

export const GlossaryResponseSchema = v.object({
  version: v.string(),
  terms: v.array(GlossaryTermSchema),
})
export type GlossaryResponse = v.InferOutput<typeof GlossaryResponseSchema>

const TermText = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(LIMITS.glossaryTermChars))
export const NewGlossaryTermSchema = v.strictObject({
  term: TermText,
  aliases: v.pipe(v.array(TermText), v.maxLength(LIMITS.glossaryAliases)),
  definition: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(LIMITS.glossaryDefinitionChars)),
  lang: LangSchema,
  category: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(LIMITS.categoryChars)),
})
export type NewGlossaryTerm = v.InferOutput<typeof NewGlossaryTermSchema>
