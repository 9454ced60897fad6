// The tooltip's few words, in the reader's language. Kept here rather than in
// the extension's message files: the content script ships only what it shows.
import type { Lang } from '../../shared/schema/glossary'

const CATEGORY: Record<Lang, Record<string, string>> = {
  fr: { governance: 'Gouvernance', operations: 'Opérations', finance: 'Finance', hr: 'RH', legal: 'Juridique', it: 'Informatique' },
  en: { governance: 'Governance', operations: 'Operations', finance: 'Finance', hr: 'HR', legal: 'Legal', it: 'IT' },
}

const TEXT = {
  fr: {
    open: 'Ouvrir dans le glossaire',
    workspace: 'Glossaire de l’espace',
    language: { fr: 'Français', en: 'Anglais' },
    known: 'Je connais ce terme',
  },
  en: {
    open: 'Open in the glossary',
    workspace: 'Workspace glossary',
    language: { fr: 'French', en: 'English' },
    known: 'I know this term',
  },
} as const

/** A built-in category's name; a workspace's own category is shown as it was typed. */
export function categoryLabel(category: string, lang: Lang): string {
  return CATEGORY[lang][category] ?? category
}

export function uiText(lang: Lang) {
  return TEXT[lang]
}
