/** English UI strings. Every key here must exist in fr.ts too (a unit test checks). */
export const en = {
  menuSelection: 'Clip selection to Relais',
  menuLink: 'Clip link to Relais',
  menuPage: 'Clip page to Relais',
  notifyTitle: 'Relais: something changed',
  confidentialItem: 'Confidential item',
  andMore: '{title} and {count} more',
} as const
