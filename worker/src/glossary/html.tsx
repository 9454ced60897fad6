/** @jsxImportSource hono/jsx */
import type { Child } from 'hono/jsx'
import type { GlossaryTerm, Lang } from '../../../shared/schema/glossary'

// The glossary as HTML, with hono/jsx: every value is escaped by construction.

const TEXT = {
  fr: {
    title: 'Glossaire Relais',
    intro: 'Le vocabulaire de l’assistance externalisée et du back-office, défini en une phrase.',
    other: 'English',
    otherLang: 'en',
    back: 'Tout le glossaire',
    aliases: 'Aussi',
    category: 'Catégorie',
  },
  en: {
    title: 'Relais glossary',
    intro: 'The vocabulary of outsourced support and the back office, each in one sentence.',
    other: 'Français',
    otherLang: 'fr',
    back: 'Whole glossary',
    aliases: 'Also',
    category: 'Category',
  },
} as const

const STYLE = `:root{color-scheme:light dark;font-family:system-ui,sans-serif;line-height:1.5}
body{max-width:46rem;margin:2rem auto;padding:0 1rem}
dt{font-weight:600;margin-top:1.2rem}dd{margin:0.2rem 0 0}
.meta{color:GrayText;font-size:.9em}a{color:LinkText}`

function Page(props: { lang: Lang; title: string; children: Child }) {
  return (
    <html lang={props.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width,initial-scale=1" />
        <title>{props.title}</title>
        <style>{STYLE}</style>
      </head>
      <body>{props.children}</body>
    </html>
  )
}

function Meta(props: { lang: Lang; term: GlossaryTerm; aliases: readonly string[] }) {
  const t = TEXT[props.lang]
  return (
    <span class="meta">
      {t.category}: {props.term.category}
      {props.aliases.length > 0 && ` · ${t.aliases}: ${props.aliases.join(', ')}`}
    </span>
  )
}

/** The glossary as one page, one anchor per term. */
export function glossaryPage(lang: Lang, terms: readonly GlossaryTerm[]): string {
  const t = TEXT[lang]
  const sorted = [...terms].sort((a, b) => a.term.localeCompare(b.term, lang))
  const body = (
    <Page lang={lang} title={t.title}>
      <h1>{t.title}</h1>
      <p>
        {t.intro}{' '}
        <a href={`?lang=${t.otherLang}`} hreflang={t.otherLang}>
          {t.other}
        </a>
      </p>
      <dl>
        {sorted.map((term) => (
          <>
            <dt id={term.id}>
              <a href={`#${term.id}`}>{term.term}</a>
            </dt>
            <dd>
              {term.definition}
              <div>
                <Meta lang={lang} term={term} aliases={term.aliases.slice(0, 6)} />
              </div>
            </dd>
          </>
        ))}
      </dl>
    </Page>
  )
  return `<!doctype html>${body.toString()}`
}

/** One term's card. */
export function termCard(lang: Lang, term: GlossaryTerm): string {
  const t = TEXT[lang]
  const body = (
    <Page lang={lang} title={`${term.term} — ${t.title}`}>
      <article id={term.id}>
        <h1>{term.term}</h1>
        <p>{term.definition}</p>
        <p>
          <Meta lang={lang} term={term} aliases={term.aliases} />
        </p>
      </article>
      <p>
        <a href={`/glossary?lang=${lang}#${term.id}`}>{t.back}</a>
      </p>
    </Page>
  )
  return `<!doctype html>${body.toString()}`
}
