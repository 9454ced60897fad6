import type { en } from './en'

export const fr: Record<keyof typeof en, string> = {
  menuSelection: 'Envoyer la sélection à Relais',
  menuLink: 'Envoyer le lien à Relais',
  menuPage: 'Envoyer la page à Relais',
  notifyTitle: 'Relais : du nouveau',
  confidentialItem: 'Élément confidentiel',
  andMore: '{title} et {count} autre(s)',
}
