import type { enFiles } from './en-files'

/** Chaînes françaises des pièces jointes. */
export const frFiles: Record<keyof typeof enFiles, string> = {
  filesHeading: 'Pièces jointes',
  filesAdd: 'Joindre des fichiers',
  filesDropHint: 'Déposez des fichiers ici, collez-les, ou',
  filesChoose: 'choisissez des fichiers',
  filesRemove: 'Retirer {name}',
  filesTooLarge: '{name} dépasse 25 Mio et n’a pas été joint.',
  filesUploading: 'Envoi {done}/{total}',
  filesChunkProgress: '{name} : {percent} % envoyés',
  filesRefused: 'Le serveur a refusé ce fichier ({code}).',
  filesSave: 'Enregistrer',
  filesSaveNamed: 'Enregistrer {name}',
  filesPreview: 'Aperçu',
  filesPreviewNamed: 'Aperçu de {name}',
  filesHidePreview: 'Masquer l’aperçu',
  filesOpening: 'Déchiffrement…',
  filesNotYet: 'Pas encore envoyé : l’appareil de l’expéditeur ne l’a pas transmis.',
  filesFailed: 'Impossible d’ouvrir ce fichier ({code}).',
  filesCount: '{count} pièce(s) jointe(s)',
  filesTabPdf: 'Joindre le PDF de cet onglet',
  filesGmailHeading: 'Pièces jointes du message',
}
