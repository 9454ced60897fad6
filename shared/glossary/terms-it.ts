// IT: the tools the back office runs on, and how to keep them and their data safe.
import { defineConcepts } from './define'

export const IT_TERMS = defineConcepts('it', [
  {
    slug: 'dsi',
    fr: {
      term: 'DSI',
      aliases: [
        'directeur des systèmes d’information',
        'directrice des systèmes d’information',
        'direction des systèmes d’information',
        'DSI externalisé',
      ],
      definition:
        'Directeur ou direction des systèmes d’information : responsable des outils informatiques, des données, de la sécurité et des projets numériques.',
    },
    en: {
      term: 'CIO',
      aliases: ['CIOs', 'chief information officer', 'chief information officers', 'IT director', 'IT directors', 'head of IT'],
      definition: 'Chief information officer, or the IT department itself: in charge of IT tools, data, security and digital projects.',
    },
  },
  {
    slug: 'systeme-d-information',
    fr: {
      term: 'système d’information',
      aliases: ['systèmes d’information', 'SI'],
      // In lowercase "si" means "if".
      caseSensitive: ['SI'],
      definition:
        'Ensemble des logiciels, données, matériels et procédures qui font circuler l’information dans l’entreprise (comptabilité, paie, CRM, messagerie).',
    },
    en: {
      term: 'information system',
      aliases: ['information systems', 'IT systems'],
      definition:
        'All the software, data, hardware and procedures through which information flows in a company (accounting, payroll, CRM, email).',
    },
  },
  {
    slug: 'erp',
    fr: {
      term: 'ERP',
      aliases: ['ERPs', 'progiciel de gestion intégré', 'progiciels de gestion intégrés', 'PGI'],
      definition:
        'Progiciel de gestion intégré : logiciel unique qui relie achats, ventes, stocks, comptabilité et paie autour d’une même base de données.',
    },
    en: {
      term: 'ERP',
      aliases: ['ERPs', 'enterprise resource planning', 'ERP system', 'ERP systems'],
      definition:
        'Enterprise resource planning: one software suite that links purchasing, sales, stock, accounting and payroll around a single database.',
    },
  },
  {
    slug: 'crm',
    fr: {
      term: 'CRM',
      aliases: ['CRMs', 'gestion de la relation client', 'GRC', 'logiciel CRM'],
      definition:
        'Gestion de la relation client : logiciel qui centralise contacts, échanges, devis et opportunités commerciales pour suivre chaque client.',
    },
    en: {
      term: 'CRM',
      aliases: ['CRMs', 'customer relationship management', 'CRM software'],
      definition:
        'Customer relationship management: software that keeps contacts, exchanges, quotes and sales opportunities in one place to follow each customer.',
    },
  },
  {
    slug: 'saas',
    fr: {
      term: 'SaaS',
      aliases: ['logiciel en tant que service', 'logiciel SaaS', 'logiciels SaaS', 'logiciel en ligne', 'logiciels en ligne'],
      definition:
        'Logiciel utilisé dans le navigateur et payé par abonnement, hébergé et mis à jour par l’éditeur (messagerie, paie, comptabilité en ligne).',
    },
    en: {
      term: 'SaaS',
      aliases: ['software as a service', 'SaaS tool', 'SaaS tools', 'cloud software'],
      definition:
        'Software used in the browser and paid by subscription, hosted and updated by the vendor (email, payroll, online accounting).',
    },
  },
  {
    slug: 'ged',
    fr: {
      term: 'GED',
      aliases: ['gestion électronique des documents', 'gestion électronique de documents', 'gestion documentaire'],
      definition:
        'Gestion électronique des documents : outil qui numérise, classe, indexe et partage les documents, avec droits d’accès et historique des versions.',
    },
    en: {
      term: 'document management system',
      aliases: ['document management systems', 'DMS', 'document management', 'electronic document management'],
      definition: 'A tool that scans, files, indexes and shares documents, with access rights and version history.',
    },
  },
  {
    slug: 'double-authentification',
    fr: {
      term: 'double authentification',
      aliases: ['authentification à deux facteurs', 'authentification multifacteur', 'authentification forte', '2FA', 'MFA', 'A2F'],
      definition:
        'Connexion qui exige deux preuves distinctes (mot de passe et code sur le téléphone, clé physique) ; elle bloque la plupart des piratages de comptes.',
    },
    en: {
      term: 'two-factor authentication',
      aliases: ['2FA', 'multi-factor authentication', 'MFA', 'two-step verification', 'strong authentication'],
      definition:
        'A login that needs two separate proofs (password plus a code on the phone, or a hardware key); it stops most account takeovers.',
    },
  },
  {
    slug: 'sauvegarde',
    fr: {
      term: 'sauvegarde',
      aliases: ['sauvegardes', 'sauvegarde des données', 'copie de sauvegarde', 'copies de sauvegarde'],
      definition:
        'Copie régulière des données, conservée à part (autre lieu, hors ligne), pour les restaurer après une panne, une erreur ou un rançongiciel.',
    },
    en: {
      term: 'backup',
      aliases: ['backups', 'back-up', 'back-ups', 'data backup', 'data backups'],
      definition:
        'A regular copy of data, kept apart (another site, offline) so it can be restored after a failure, a mistake or ransomware.',
    },
  },
  {
    slug: 'chiffrement',
    fr: {
      term: 'chiffrement',
      aliases: ['chiffrements', 'chiffrer', 'cryptage', 'chiffrement de bout en bout'],
      definition:
        'Transformation des données par une clé secrète pour qu’elles restent illisibles pour qui n’a pas la clé, y compris l’hébergeur.',
    },
    en: {
      term: 'encryption',
      aliases: ['encrypted', 'encrypt', 'end-to-end encryption'],
      definition: 'Scrambling data with a secret key so it stays unreadable to anyone without the key, the hosting provider included.',
    },
  },
  {
    slug: 'dematerialisation',
    fr: {
      term: 'dématérialisation',
      aliases: ['dématérialiser', 'dématérialisé', 'dématérialisée', 'dématérialisés', 'dématérialisées', 'zéro papier'],
      definition:
        'Passage des documents et des échanges papier au numérique (factures, bulletins, contrats, courrier), avec une valeur probante conservée.',
    },
    en: {
      term: 'digitisation',
      aliases: ['digitization', 'paperless', 'going paperless', 'paperless office'],
      definition:
        'Moving documents and exchanges from paper to digital (invoices, payslips, contracts, mail) while keeping their value as evidence.',
    },
  },
  {
    slug: 'support-informatique',
    fr: {
      term: 'support informatique',
      aliases: ['assistance informatique', 'helpdesk', 'help desk', 'ticket d’incident', 'tickets d’incident'],
      definition:
        'Service qui répond aux demandes et aux pannes des utilisateurs, souvent par tickets suivis avec un délai de résolution (SLA).',
    },
    en: {
      term: 'IT helpdesk',
      aliases: ['IT support', 'helpdesk', 'help desk', 'service desk', 'support ticket', 'support tickets'],
      definition:
        'The service that answers users’ requests and incidents, usually through tickets tracked against a resolution time (SLA).',
    },
  },
  {
    slug: 'fraude-au-president',
    fr: {
      term: 'fraude au président',
      aliases: ['fraudes au président', 'escroquerie au président', 'fraude au faux RIB', 'fraude au faux fournisseur'],
      definition:
        'Escroquerie où un faux dirigeant ou fournisseur demande un virement urgent ou un changement de RIB ; parade : toujours rappeler sur un numéro connu.',
    },
    en: {
      term: 'CEO fraud',
      aliases: ['business email compromise', 'BEC', 'fake invoice fraud', 'fake president fraud'],
      definition:
        'A scam where a fake executive or supplier asks for an urgent transfer or new bank details; the defence: always call back on a known number.',
    },
  },
  {
    slug: 'hameconnage',
    fr: {
      term: 'hameçonnage',
      aliases: ['phishing', 'hameçonnages', 'courriel frauduleux', 'courriels frauduleux'],
      definition:
        'Message piégé qui imite un expéditeur de confiance pour voler des identifiants ou faire ouvrir une pièce jointe malveillante.',
    },
    en: {
      term: 'phishing',
      aliases: ['phishing email', 'phishing emails', 'spear phishing', 'spear-phishing'],
      definition: 'A rigged message that imitates a trusted sender to steal credentials or get a malicious attachment opened.',
    },
  },
])
