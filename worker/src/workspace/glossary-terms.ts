import type { GlossaryTerm, NewGlossaryTerm } from '../../../shared/schema/glossary'
import { fail, notFound, ok, type Outcome } from '../outcome'
import { randomId } from '../tokens'
import type { WorkspaceStore } from './store'

const MAX_TERMS = 2000

export function glossaryTerms(store: WorkspaceStore): Outcome<GlossaryTerm[]> {
  return ok(store.glossary.terms())
}

export function addGlossaryTerm(store: WorkspaceStore, term: NewGlossaryTerm): Outcome<GlossaryTerm> {
  if (store.glossary.count() >= MAX_TERMS) return fail(409, 'glossary_full', `A workspace glossary holds at most ${MAX_TERMS} terms.`)
  const id = `ws-${randomId(9)}`
  store.glossary.add(id, term, Date.now())
  return ok({ ...term, id, source: 'workspace' })
}

export function deleteGlossaryTerm(store: WorkspaceStore, id: string): Outcome<null> {
  return store.glossary.remove(id) ? ok(null) : notFound('No such term.')
}
