// Our buttons sit inside Gmail, so they speak Gmail's language (read from the page), not the
// browser's: a French Gmail in an English browser gets French buttons.

import type { UiLanguage } from '../gmail/extract'
import { t } from '../lib/i18n'

/** The keyboard shortcut, as shown in tooltips. */
export const SHORTCUT_LABEL = 'Alt+Shift+C'

export type GmailLabels = ReturnType<typeof gmailLabels>

/** Every string the Gmail UI shows; other languages get English, like the extractor assumes. */
export function gmailLabels(lang: UiLanguage | null) {
  const l = lang ?? 'en'
  return {
    button: t('gmailButton', {}, l),
    threadName: t('gmailButtonThread', {}, l),
    messageName: t('gmailButtonMessage', {}, l),
    title: t('gmailButtonTitle', { shortcut: SHORTCUT_LABEL }, l),
    unrecognized: t('gmailUnrecognized', {}, l),
    sendFailed: t('gmailSendFailed', {}, l),
    clipSelection: t('gmailClipSelection', {}, l),
    clipPage: t('gmailClipPage', {}, l),
    dismiss: t('gmailDismiss', {}, l),
  }
}
