import { html, raw } from 'hono/html'
import type { HtmlEscapedString } from 'hono/utils/html'
import type { GlossaryTerm, Lang } from '../../../shared/schema/glossary'

const TEXT = {
  fr: { title: 'Glossaire Relais', intro: 'Le vocabulaire de l’assistance externalisée et du back-office, défini en une phrase.', other: 'English', otherLang: 'en', back: 'Tout le glossaire', aliases: 'Aussi', category: 'Catégorie' },
  en: { title: 'Relais glossary', intro: 'The vocabulary of outsourced support and the back office, each in one sentence.', other: 'Français', otherLang: 'fr', back: 'Whole glossary', aliases: 'Also', category: 'Category' },
} as const

const STYLE = raw(`<style>
:root{color-scheme:light dark;font-family:system-ui,sans-serif;line-height:1.5}
body{max-width:46rem;margin:2rem auto;padding:0 1rem}
dt{font-weight:600;margin-top:1.2rem}dd{margin:0.2rem 0 0}
.meta{color:GrayText;font-size:.9em}a{color:LinkText}
</style>`)

function page(lang: Lang, title: string, body: HtmlEscapedString | Promise<HtmlEscapedString>) {
  return html`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title}</title>${STYLE}</head><body>${body}</body></html>`
}

/** The glossary as one page, one anchor per term. Every value is escaped by `html`. */
export function glossaryPage(lang: Lang, terms: readonly GlossaryTerm[]) {
  const t = TEXT[lang]
  const sorted = [...terms].sort((a, b) => a.term.localeCompare(b.term, lang))
  return page(lang, t.title, html`<h1>${t.title}</h1><p>${t.intro} <a href="?lang=${t.otherLang}" hreflang="${t.otherLang}">${t.other}</a></p>
<dl>${sorted.map((term) => html`<dt id="${term.id}"><a href="#${term.id}">${term.term}</a></dt><dd>${term.definition}<div class="meta">${t.category}: ${term.category}${term.aliases.length ? html` · ${t.aliases}: ${term.aliases.slice(0, 6).join(', ')}` : ''}</div></dd>`)}</dl>`)
}

/** One term's card. */
export function termCard(lang: Lang, term: GlossaryTerm) {
  const t = TEXT[lang]
  return page(lang, `${term.term} — ${t.title}`, html`<article id="${term.id}"><h1>${term.term}</h1><p>${term.definition}</p><p class="meta">${t.category}: ${term.category}${term.aliases.length ? html` · ${t.aliases}: ${term.aliases.join(', ')}` : ''}</p></article><p><a href="/glossary?lang=${lang}#${term.id}">${t.back}</a></p>`)
}
