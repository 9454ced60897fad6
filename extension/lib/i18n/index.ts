import { en } from './en'
import { fr } from './fr'

export type MessageKey = keyof typeof en
export type Lang = 'fr' | 'en'

/** The UI follows the browser's language: French when it is French, English otherwise. */
export function uiLang(): Lang {
  const language = typeof navigator === 'undefined' ? 'en' : navigator.language
  return language.toLowerCase().startsWith('fr') ? 'fr' : 'en'
}

/** A UI string; `{name}` placeholders are filled from `params`. */
export function t(key: MessageKey, params: Record<string, string | number> = {}, lang: Lang = uiLang()): string {
  const template = (lang === 'fr' ? fr : en)[key]
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`))
}
