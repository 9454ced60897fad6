// Legal: the company's papers, its contracts, and the rules on what may be shared.
import { defineConcepts } from './define'

export const LEGAL_TERMS = defineConcepts('legal', [
  {
    slug: 'confidentialite',
    fr: {
      term: 'confidentialité',
      aliases: [
        'confidentiel',
        'confidentielle',
        'confidentiels',
        'confidentielles',
        'clause de confidentialité',
        'clauses de confidentialité',
      ],
      definition:
        'Obligation de protéger les informations sensibles (RH, finances, projet de cession) : accès limités, engagements écrits, échanges sécurisés.',
    },
    en: {
      term: 'confidentiality',
      aliases: ['confidential', 'confidentiality clause', 'confidentiality clauses'],
      definition:
        'The duty to protect sensitive information (HR, finance, a planned sale): restricted access, written commitments, secure exchanges.',
    },
  },
  {
    slug: 'nda',
    fr: {
      term: 'accord de confidentialité',
      aliases: ['accords de confidentialité', 'engagement de confidentialité', 'engagements de confidentialité', 'NDA', 'NDAs'],
      definition:
        'Contrat (NDA) par lequel les parties s’engagent à ne pas divulguer les informations échangées, par exemple avant une cession, un partenariat ou une mission.',
    },
    en: {
      term: 'NDA',
      aliases: ['NDAs', 'non-disclosure agreement', 'non-disclosure agreements', 'confidentiality agreement', 'confidentiality agreements'],
      definition:
        'Non-disclosure agreement: a contract in which the parties undertake not to disclose the information they exchange, e.g. before a sale or a partnership.',
    },
  },
  {
    slug: 'rgpd',
    fr: {
      term: 'RGPD',
      aliases: ['règlement général sur la protection des données'],
      definition:
        'Règlement général sur la protection des données (UE, 2018) : encadre la collecte et l’usage des données personnelles ; amendes jusqu’à 4 % du chiffre d’affaires mondial.',
    },
    en: {
      term: 'GDPR',
      aliases: ['General Data Protection Regulation'],
      definition:
        'General Data Protection Regulation (EU, 2018): governs how personal data is collected and used; fines of up to 4% of worldwide turnover.',
    },
  },
  {
    slug: 'donnees-personnelles',
    fr: {
      term: 'données personnelles',
      aliases: ['donnée personnelle', 'données à caractère personnel', 'donnée à caractère personnel'],
      definition:
        'Toute information qui identifie une personne, directement ou non (nom, e-mail, numéro de sécurité sociale, adresse IP) ; son traitement est encadré par le RGPD.',
    },
    en: {
      term: 'personal data',
      aliases: ['personal information', 'personally identifiable information', 'PII'],
      definition:
        'Any information that identifies a person, directly or not (name, email, social security number, IP address); processing it is governed by the GDPR.',
    },
  },
  {
    slug: 'kbis',
    fr: {
      term: 'Kbis',
      aliases: ['K-bis', 'extrait Kbis', 'extraits Kbis', 'extrait K-bis', 'extrait d’immatriculation'],
      definition:
        'Extrait d’immatriculation au registre du commerce et des sociétés (RCS) : la « carte d’identité » officielle d’une société, souvent demandé de moins de trois mois.',
    },
    en: {
      term: 'Kbis extract',
      aliases: ['Kbis extracts', 'Kbis', 'certificate of incorporation', 'company registration certificate'],
      definition:
        'The official extract from the French trade and companies register (RCS), a company’s ID card; usually requested less than three months old.',
    },
  },
  {
    slug: 'siret',
    fr: {
      term: 'SIRET',
      aliases: ['numéro SIRET', 'numéros SIRET', 'SIREN', 'numéro SIREN', 'numéros SIREN'],
      definition:
        'Identifiants INSEE : le SIREN (9 chiffres) désigne l’entreprise, le SIRET (14 chiffres) chacun de ses établissements ; le SIREN est obligatoire sur les factures.',
    },
    en: {
      term: 'SIRET number',
      aliases: ['SIRET numbers', 'SIRET', 'SIREN', 'SIREN number', 'company registration number'],
      definition:
        'French business identifiers: SIREN (9 digits) names the company, SIRET (14 digits) each of its sites; the SIREN must appear on invoices.',
    },
  },
  {
    slug: 'statuts',
    fr: {
      term: 'statuts',
      aliases: ['statuts de la société', 'statuts de l’entreprise', 'statuts constitutifs', 'statuts sociaux'],
      // "statuts" alone is also the plural of "statut" (a task's status).
      unmatched: ['statuts'],
      definition:
        'Acte fondateur d’une société : forme, objet, siège, capital, règles de gouvernance et pouvoirs des dirigeants ; toute modification passe par une assemblée.',
    },
    en: {
      term: 'articles of association',
      aliases: ['articles of incorporation', 'company bylaws', 'bylaws', 'by-laws'],
      definition:
        'A company’s founding document: legal form, purpose, registered office, capital, governance rules and directors’ powers; changed only by a general meeting.',
    },
  },
  {
    slug: 'assemblee-generale',
    fr: {
      term: 'assemblée générale',
      aliases: ['assemblées générales', 'assemblée générale ordinaire', 'assemblée générale extraordinaire', 'AG', 'AGO', 'AGE'],
      caseSensitive: ['AG', 'AGO', 'AGE'],
      definition:
        'Réunion des associés qui vote les décisions importantes : approbation des comptes chaque année (ordinaire), modification des statuts (extraordinaire).',
    },
    en: {
      term: 'general meeting',
      aliases: [
        'general meetings',
        'annual general meeting',
        'annual general meetings',
        'AGM',
        'AGMs',
        'shareholders’ meeting',
        'shareholders meeting',
        'extraordinary general meeting',
        'EGM',
      ],
      definition:
        'The meeting where shareholders vote on major decisions: approving the accounts every year, changing the articles (extraordinary meeting).',
    },
  },
  {
    slug: 'proces-verbal',
    fr: {
      term: 'procès-verbal',
      aliases: ['procès-verbaux', 'PV', 'PVs', 'procès-verbal d’assemblée'],
      caseSensitive: ['PV', 'PVs'],
      definition:
        'Compte rendu officiel des décisions d’une assemblée ou d’un conseil, signé et conservé dans un registre ; il fait foi en cas de litige.',
    },
    en: {
      term: 'formal minutes',
      aliases: ['minutes of the general meeting', 'board minutes', 'minutes book'],
      definition:
        'The official, signed record of the decisions of a general meeting or a board, kept in a register; it serves as evidence in a dispute.',
    },
  },
  {
    slug: 'pacte-d-associes',
    fr: {
      term: 'pacte d’associés',
      aliases: ['pactes d’associés', 'pacte d’actionnaires', 'pactes d’actionnaires'],
      definition:
        'Contrat confidentiel entre associés, à côté des statuts, qui règle gouvernance, entrées et sorties du capital (préemption, sortie conjointe), souvent signé à une levée de fonds.',
    },
    en: {
      term: 'shareholders’ agreement',
      aliases: ['shareholders’ agreements', 'shareholders agreement', 'shareholder agreement', 'shareholder agreements'],
      definition:
        'A private contract between shareholders, beside the articles, on governance and on entering or leaving the capital (pre-emption, tag-along); common at a fundraising.',
    },
  },
  {
    slug: 'delegation-de-pouvoirs',
    fr: {
      term: 'délégation de pouvoirs',
      aliases: ['délégations de pouvoirs', 'délégation de pouvoir', 'délégation de signature', 'délégations de signature'],
      definition:
        'Acte par lequel un dirigeant transfère à un collaborateur une partie de ses pouvoirs et la responsabilité qui va avec ; le délégataire doit avoir compétence, autorité et moyens.',
    },
    en: {
      term: 'delegation of authority',
      aliases: ['delegations of authority', 'delegation of powers', 'signing authority'],
      definition:
        'A deed by which an executive transfers part of their powers, and the liability that goes with them, to someone with the skills, authority and means to act.',
    },
  },
  {
    slug: 'lettre-de-mission',
    fr: {
      term: 'lettre de mission',
      aliases: ['lettres de mission'],
      definition:
        'Contrat qui fixe la mission confiée à un professionnel (expert-comptable, avocat, consultant) : périmètre, livrables, honoraires, responsabilités.',
    },
    en: {
      term: 'engagement letter',
      aliases: ['engagement letters', 'letter of engagement', 'letters of engagement'],
      definition:
        'The contract setting the mission given to a professional (accountant, lawyer, consultant): scope, deliverables, fees, responsibilities.',
    },
  },
  {
    slug: 'contrat-cadre',
    fr: {
      term: 'contrat-cadre',
      aliases: ['contrats-cadres', 'accord-cadre', 'accords-cadres'],
      definition:
        'Contrat qui fixe les conditions générales d’une relation durable (prix, SLA, responsabilités) ; les commandes ou missions ultérieures s’y rattachent.',
    },
    en: {
      term: 'framework agreement',
      aliases: [
        'framework agreements',
        'master services agreement',
        'master service agreement',
        'master services agreements',
        'MSA',
        'MSAs',
      ],
      definition:
        'A contract setting the general terms of a lasting relationship (prices, SLAs, liabilities); later orders or missions are placed under it.',
    },
  },
  {
    slug: 'cgv',
    fr: {
      term: 'CGV',
      aliases: ['conditions générales de vente', 'conditions générales'],
      definition:
        'Conditions générales de vente : prix, paiement, pénalités de retard, livraison, garanties ; elles s’appliquent aux ventes et se remettent aux clients pros qui les demandent.',
    },
    en: {
      term: 'terms and conditions of sale',
      aliases: ['terms of sale', 'general terms and conditions', 'terms and conditions', 'T&Cs', 'T&C'],
      definition: 'The standard rules of a company’s sales: prices, payment, late-payment penalties, delivery, warranties.',
    },
  },
  {
    slug: 'clause-de-non-concurrence',
    fr: {
      term: 'clause de non-concurrence',
      aliases: ['clauses de non-concurrence', 'non-concurrence'],
      definition:
        'Clause qui interdit à un salarié ou à un cédant de concurrencer l’entreprise après son départ ; pour un salarié, elle doit être limitée et payée.',
    },
    en: {
      term: 'non-compete clause',
      aliases: ['non-compete clauses', 'non-compete', 'non-competition clause', 'non-compete agreement'],
      definition:
        'A clause that bars an employee or a seller from competing with the company after leaving; for an employee it must be limited and paid for.',
    },
  },
  {
    slug: 'mise-en-demeure',
    fr: {
      term: 'mise en demeure',
      aliases: ['mises en demeure', 'mettre en demeure'],
      definition:
        'Lettre, souvent recommandée, qui somme un débiteur d’exécuter son obligation (payer, livrer) dans un délai ; préalable habituel à une action en justice.',
    },
    en: {
      term: 'formal notice',
      aliases: ['formal notices', 'letter before action', 'notice to perform'],
      definition:
        'A letter, often registered, formally requiring a debtor to perform (pay, deliver) within a deadline; the usual step before going to court.',
    },
  },
  {
    slug: 'conformite-reglementaire',
    fr: {
      term: 'conformité réglementaire',
      aliases: ['conformité', 'mise en conformité', 'mises en conformité', 'compliance'],
      definition:
        'Respect des lois et règlements qui s’appliquent à l’entreprise (fiscal, social, RGPD, sectoriel), prouvé par des process, des contrôles et de la documentation.',
    },
    en: {
      term: 'regulatory compliance',
      aliases: ['compliance', 'legal compliance', 'compliance checks'],
      definition:
        'Abiding by the laws and regulations that apply to the company (tax, employment, GDPR, sector rules), shown through processes, controls and records.',
    },
  },
  {
    slug: 'signature-electronique',
    fr: {
      term: 'signature électronique',
      aliases: ['signatures électroniques', 'e-signature', 'signer électroniquement'],
      definition:
        'Procédé qui identifie le signataire et garantit l’intégrité d’un document ; admise comme preuve en droit européen (eIDAS), la signature qualifiée vaut signature manuscrite.',
    },
    en: {
      term: 'e-signature',
      aliases: ['e-signatures', 'electronic signature', 'electronic signatures'],
      definition:
        'A process that identifies the signer and protects a document’s integrity; valid evidence under EU law (eIDAS), a qualified one equals a handwritten signature.',
    },
  },
  {
    slug: 'contentieux',
    fr: {
      term: 'contentieux',
      aliases: ['litige', 'litiges', 'procédure judiciaire', 'procédures judiciaires'],
      definition:
        'Litige porté, ou qui peut l’être, devant un tribunal (client impayé, salarié, fournisseur) ; désigne aussi le service qui gère ces dossiers.',
    },
    en: {
      term: 'litigation',
      aliases: ['legal dispute', 'legal disputes', 'lawsuit', 'lawsuits'],
      definition:
        'A dispute taken, or likely to be taken, to court (unpaid customer, employee, supplier); also the department that handles such cases.',
    },
  },
])
