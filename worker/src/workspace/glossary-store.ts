import * as v from 'valibot'
import type { GlossaryTerm, NewGlossaryTerm } from '../../../shared/schema/glossary'

const AliasesJson = v.pipe(v.string(), v.parseJson(), v.array(v.string()))

/** The workspace's own glossary terms: the SQL of `glossary-terms.ts`. */
export class GlossaryStore {
  constructor(private readonly sql: SqlStorage) {}

  terms(): GlossaryTerm[] {
    return this.sql
      .exec('SELECT * FROM glossary_terms ORDER BY created_at, id')
      .toArray()
      .map((r) => {
        const aliases = v.safeParse(AliasesJson, r.aliases)
        return {
          id: String(r.id),
          term: String(r.term),
          aliases: aliases.success ? aliases.output : [],
          definition: String(r.definition),
          lang: r.lang === 'en' ? ('en' as const) : ('fr' as const),
          category: String(r.category),
          source: 'workspace' as const,
        }
      })
  }

  count(): number {
    return Number(this.sql.exec('SELECT COUNT(*) AS n FROM glossary_terms').toArray()[0]?.n ?? 0)
  }

  add(id: string, term: NewGlossaryTerm, now: number): void {
    this.sql.exec(
      'INSERT INTO glossary_terms (id, term, aliases, definition, lang, category, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      id,
      term.term,
      JSON.stringify(term.aliases),
      term.definition,
      term.lang,
      term.category,
      now,
    )
  }

  /** Deletes a term; false if there was none. */
  remove(id: string): boolean {
    if (this.sql.exec('SELECT id FROM glossary_terms WHERE id = ?', id).toArray().length === 0) return false
    this.sql.exec('DELETE FROM glossary_terms WHERE id = ?', id)
    return true
  }
}
