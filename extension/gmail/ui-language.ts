// Gmail sets <html lang> to the UI language. Read once, used to label our buttons and to know
// which date format to expect; any other language gets English labels and id-based dates.

export type UiLanguage = 'fr' | 'en'

/** 'fr' or 'en' when Gmail's UI is in that language, else null. */
export function readUiLanguage(doc: Document): UiLanguage | null {
  const lang = doc.documentElement.getAttribute('lang')?.trim().toLowerCase() ?? ''
  if (lang === 'fr' || lang.startsWith('fr-')) return 'fr'
  if (lang === 'en' || lang.startsWith('en-')) return 'en'
  return null
}
