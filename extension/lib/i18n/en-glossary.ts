/** The glossary's words on extension pages: the popup's per-site switch, the options' reading settings. */
export const enGlossary = {
  glossarySiteOn: 'Glossary on for {host}',
  glossarySiteOffHint: 'Business terms on this site are not explained.',
  glossarySiteOnHint: 'Each term is marked where it first appears; hover any occurrence for its definition.',
  glossaryReadingHeading: 'Glossary marks',
  glossaryEveryOccurrence: 'Mark every occurrence of a term (not only the first)',
  glossaryKnownHeading: 'Terms you know',
  glossaryKnownHint: 'Not marked on this device; hovering them still shows their definition.',
  glossaryKnownNone: 'None yet: use “I know this term” in a definition.',
  glossaryKnownUndo: 'Mark “{term}” again',
} as const
