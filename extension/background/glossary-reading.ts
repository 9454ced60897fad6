// How the reader wants the glossary marked on this device: terms they know
// (never marked, still explained on hover) and whether every occurrence is
// marked rather than each term's first. Settings rows, parsed on read; the
// content script learns them with its terms and sends "I know this term"
// through the background (it holds no database).
import * as v from 'valibot'
import { db } from '../db/database'

export const GLOSSARY_KNOWN_KEY = 'glossary:known'
export const GLOSSARY_EVERY_OCCURRENCE_KEY = 'glossary:every-occurrence'

const KnownTermSchema = v.object({ id: v.string(), term: v.string() })
export type KnownTerm = v.InferOutput<typeof KnownTermSchema>

export async function knownTerms(): Promise<KnownTerm[]> {
  const parsed = v.safeParse(v.array(KnownTermSchema), (await db().settings.get(GLOSSARY_KNOWN_KEY))?.value)
  return parsed.success ? parsed.output : []
}

/** Adds (with the term as shown, for the options list) or removes a known term. */
export async function setTermKnown(id: string, known: boolean, term = id): Promise<void> {
  const d = db()
  await d.transaction('rw', d.settings, async () => {
    const rest = (await knownTerms()).filter((k) => k.id !== id)
    await d.settings.put({ key: GLOSSARY_KNOWN_KEY, value: known ? [...rest, { id, term }] : rest })
  })
}

export async function everyOccurrence(): Promise<boolean> {
  return (await db().settings.get(GLOSSARY_EVERY_OCCURRENCE_KEY))?.value === true
}

export async function setEveryOccurrence(on: boolean): Promise<void> {
  await db().settings.put({ key: GLOSSARY_EVERY_OCCURRENCE_KEY, value: on })
}
