import type { enGlossary } from './en-glossary'

/** Les mots du glossaire dans les pages de l’extension : interrupteur par site, réglages de lecture. */
export const frGlossary: Record<keyof typeof enGlossary, string> = {
  glossarySiteOn: 'Glossaire activé sur {host}',
  glossarySiteOffHint: 'Les termes métier de ce site ne sont pas expliqués.',
  glossarySiteOnHint: 'Chaque terme est marqué à sa première apparition ; survolez n’importe quelle occurrence pour sa définition.',
  glossaryReadingHeading: 'Marquage du glossaire',
  glossaryEveryOccurrence: 'Marquer chaque occurrence d’un terme (pas seulement la première)',
  glossaryKnownHeading: 'Termes que vous connaissez',
  glossaryKnownHint: 'Non marqués sur cet appareil ; leur survol affiche toujours la définition.',
  glossaryKnownNone: 'Aucun pour l’instant : utilisez « Je connais ce terme » dans une définition.',
  glossaryKnownUndo: 'Marquer « {term} » à nouveau',
}
