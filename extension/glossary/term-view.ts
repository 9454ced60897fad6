// What a tooltip shows for a term id: the term as the server sent it, the
// same concept in the reader's language when the match was in the other one,
// and a link to its page on the workspace's server (http(s) only). The
// counterpart comes resolved in the payload: looking it up here would bundle
// the whole built-in glossary into the content script.
import type { GlossaryTerm, Lang } from '../../shared/schema/glossary'
import type { GlossaryPayloadTerm } from '../../shared/schema/messages'

export interface TermView {
  readonly id: string
  readonly term: string
  readonly definition: string
  readonly lang: Lang
  readonly category: string
  readonly source: GlossaryTerm['source']
  readonly link: string | null
  /** The same concept in the reader's language, when the match was in the other one. */
  readonly translation: { readonly term: string; readonly definition: string; readonly lang: Lang } | null
}

export function termViews(terms: readonly GlossaryPayloadTerm[], readerLang: Lang, pageBase: string | null): Map<string, TermView> {
  const views = new Map<string, TermView>()
  for (const t of terms) {
    const translated = t.lang === readerLang ? null : (t.translation ?? null)
    views.set(t.id, {
      id: t.id,
      term: t.term,
      definition: t.definition,
      lang: t.lang,
      category: t.category,
      source: t.source,
      // Only built-in terms have a page on the server; it shows the reader's language.
      link: t.source === 'builtin' ? glossaryLink(pageBase, t.id, readerLang) : null,
      translation: translated ? { term: translated.term, definition: translated.definition, lang: translated.lang } : null,
    })
  }
  return views
}

/** `<server>/glossary/<id>?lang=`, or null unless the server is an http(s) origin. */
export function glossaryLink(base: string | null, id: string, lang: Lang): string | null {
  if (base === null) return null
  let url: URL
  try {
    url = new URL(`/glossary/${encodeURIComponent(id)}`, base)
  } catch {
    return null
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  url.searchParams.set('lang', lang)
  return url.href
}
