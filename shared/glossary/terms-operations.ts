// How support work is organised, handed over and measured: the seed article's core vocabulary.
import { defineConcepts } from './define'

export const OPERATIONS_TERMS = defineConcepts('operations', [
  {
    slug: 'accompagnement-administratif',
    fr: {
      term: 'accompagnement administratif',
      aliases: ['accompagnements administratifs', 'accompagnement administratif externalisé', 'soutien administratif'],
      definition:
        'Prise en charge, par une assistante interne ou un prestataire, des tâches administratives du dirigeant, pour le libérer au profit de la stratégie.',
    },
    en: {
      term: 'administrative support',
      aliases: ['admin support', 'executive support', 'administrative assistance'],
      definition:
        'Handling an executive’s administrative tasks, by an in-house assistant or an outside provider, so the executive can focus on strategy.',
    },
  },
  {
    slug: 'externalisation',
    fr: {
      term: 'externalisation',
      aliases: ['externalisations', 'externaliser', 'outsourcing'],
      definition:
        'Confier durablement à un prestataire une activité jusque-là faite en interne (paie, comptabilité, secrétariat, informatique…), en gardant le pilotage.',
    },
    en: {
      term: 'outsourcing',
      aliases: ['outsource', 'outsourced', 'outsources'],
      definition:
        'Handing an activity done in-house (payroll, bookkeeping, admin, IT…) to an outside provider for the long run, while keeping control of it.',
    },
  },
  {
    slug: 'assistance-externalisee',
    fr: {
      term: 'assistance externalisée',
      aliases: [
        'assistances externalisées',
        'assistante externalisée',
        'assistantes externalisées',
        'assistant externalisé',
        'assistants externalisés',
        'télésecrétariat',
        'assistante virtuelle',
      ],
      definition:
        'Recours à des assistants externes qui prennent en charge des tâches administratives (secrétariat, factures, relances, agenda du dirigeant), à distance ou sur site.',
    },
    en: {
      term: 'outsourced assistance',
      aliases: [
        'outsourced assistant',
        'outsourced assistants',
        'virtual assistant',
        'virtual assistants',
        'remote assistant',
        'remote assistants',
      ],
      definition:
        'Outside assistants who take on administrative tasks (secretarial work, invoices, reminders, the executive’s diary), remotely or on site.',
    },
  },
  {
    slug: 'back-office',
    fr: {
      term: 'back-office',
      aliases: ['back-offices', 'backoffice', 'backoffices', 'arrière-guichet'],
      definition:
        'Ensemble des fonctions administratives et de support, invisibles des clients (comptabilité, RH, paie, achats…), qui font tourner l’entreprise.',
    },
    en: {
      term: 'back office',
      aliases: ['back offices', 'backoffice', 'back-office operations'],
      definition:
        'The administrative and support functions customers never see (accounting, HR, payroll, purchasing…) that keep the company running.',
    },
  },
  {
    slug: 'fonctions-support',
    fr: {
      term: 'fonctions support',
      aliases: ['fonction support', 'fonctions supports', 'fonctions de support', 'équipes support', 'ressources support'],
      definition:
        'Activités qui servent le cœur de métier sans produire directement pour le client : administration, finance, RH, informatique, achats, juridique.',
    },
    en: {
      term: 'support functions',
      aliases: ['support function', 'support teams', 'support services'],
      definition:
        'Activities that serve the core business without producing for customers directly: administration, finance, HR, IT, purchasing, legal.',
    },
  },
  {
    slug: 'centre-de-services-partages',
    fr: {
      term: 'centre de services partagés',
      aliases: [
        'centres de services partagés',
        'centre de services',
        'centres de services',
        'organisation support',
        'organisations support',
        'services partagés',
      ],
      definition:
        'Pôle interne ou externalisé qui mutualise des fonctions support (paie, comptabilité, achats…) pour plusieurs entités ou filiales, avec un niveau de service défini.',
    },
    en: {
      term: 'shared services centre',
      aliases: [
        'shared services center',
        'shared services centres',
        'shared services centers',
        'shared service centre',
        'shared service center',
        'shared services',
        'SSC',
      ],
      definition:
        'An internal or outsourced unit that pools support functions (payroll, accounting, purchasing…) for several entities or subsidiaries at an agreed service level.',
    },
  },
  {
    slug: 'sla',
    fr: {
      term: 'SLA',
      aliases: [
        'SLAs',
        'accord de niveau de service',
        'accords de niveau de service',
        'niveau de service',
        'niveaux de service',
        'Service Level Agreement',
        'Service Level Agreements',
        'engagement de service',
      ],
      definition:
        'Accord de niveau de service : engagement contractuel d’un prestataire sur des délais, une disponibilité ou une qualité mesurables, souvent assorti de pénalités.',
    },
    en: {
      term: 'SLA',
      aliases: [
        'SLAs',
        'service level agreement',
        'service level agreements',
        'service level',
        'service levels',
        'service-level commitment',
      ],
      definition:
        'Service level agreement: a provider’s contractual commitment to measurable response times, availability or quality, often with penalties.',
    },
  },
  {
    slug: 'kpi',
    fr: {
      term: 'KPI',
      aliases: [
        'KPIs',
        'indicateur clé de performance',
        'indicateurs clés de performance',
        'indicateur de performance',
        'indicateurs de performance',
        'ICP',
      ],
      definition:
        'Indicateur clé de performance : mesure chiffrée, suivie dans le temps, qui dit si un objectif est atteint (ex. délai moyen de traitement, part des tâches à l’heure).',
    },
    en: {
      term: 'KPI',
      aliases: ['KPIs', 'key performance indicator', 'key performance indicators', 'performance indicator', 'performance indicators'],
      definition:
        'Key performance indicator: a figure tracked over time that tells whether a goal is met (e.g. average handling time, share of tasks done on time).',
    },
  },
  {
    slug: 'tableau-de-bord',
    fr: {
      term: 'tableau de bord',
      aliases: ['tableaux de bord', 'dashboard', 'dashboards'],
      definition:
        'Vue synthétique des indicateurs clés (KPI, SLA, alertes), mise à jour régulièrement, qui permet au dirigeant de piloter et de décider vite.',
    },
    en: {
      term: 'dashboard',
      aliases: ['dashboards', 'management dashboard', 'scorecard', 'scorecards'],
      definition:
        'A one-page view of key indicators (KPIs, SLAs, alerts), updated regularly, that lets the executive steer and decide quickly.',
    },
  },
  {
    slug: 'reporting',
    fr: {
      term: 'reporting',
      aliases: ['reportings', 'rapport d’activité', 'rapports d’activité', 'remontée d’information'],
      definition:
        'Remontée régulière et formalisée d’informations chiffrées (activité, finances, RH) vers la direction ou les investisseurs, en rapports ou tableaux de bord.',
    },
    en: {
      term: 'reporting',
      aliases: ['management reporting', 'activity report', 'activity reports', 'status report', 'status reports'],
      definition: 'Regular, structured feedback of figures (activity, finance, HR) to management or investors, as reports or dashboards.',
    },
  },
  {
    slug: 'cahier-des-charges',
    fr: {
      term: 'cahier des charges',
      aliases: ['cahiers des charges', 'CDC', 'expression de besoin', 'expression des besoins'],
      definition:
        'Document qui formalise les besoins, les attendus, les process et les indicateurs de succès d’une mission ou d’un projet confié à un prestataire.',
    },
    en: {
      term: 'specifications',
      aliases: ['specification', 'statement of requirements', 'requirements document', 'terms of reference', 'statement of work', 'SOW'],
      definition:
        'A document that sets out the needs, expected outcomes, processes and success indicators of a mission or project given to a provider.',
    },
  },
  {
    slug: 'prestataire',
    fr: {
      term: 'prestataire',
      aliases: ['prestataires', 'prestataire de services', 'prestataires de services', 'prestataire externe', 'prestataires externes'],
      definition:
        'Entreprise ou indépendant qui réalise une prestation de service pour un client, dans le cadre d’un contrat, d’un devis ou d’une lettre de mission.',
    },
    en: {
      term: 'service provider',
      aliases: ['service providers', 'provider', 'providers', 'contractor', 'contractors', 'vendor', 'vendors'],
      definition: 'A company or freelancer that delivers a service for a client under a contract, a quote or an engagement letter.',
    },
  },
  {
    slug: 'qualite-de-service',
    fr: {
      term: 'qualité de service',
      aliases: ['qualités de service', 'qualité du service'],
      definition:
        'Mesure de ce que le client reçoit vraiment (délais tenus, erreurs, réactivité), comparée à ce qui a été promis, par exemple dans un SLA.',
    },
    en: {
      term: 'quality of service',
      aliases: ['service quality', 'QoS'],
      definition:
        'How well what the client actually gets (deadlines met, errors, responsiveness) matches what was promised, for instance in an SLA.',
    },
  },
  {
    slug: 'sous-traitance',
    fr: {
      term: 'sous-traitance',
      aliases: ['sous-traitant', 'sous-traitants', 'sous-traiter', 'sous-traitances'],
      definition:
        'Contrat par lequel une entreprise confie à une autre l’exécution d’une partie du travail qu’elle doit elle-même à son client, sous sa responsabilité.',
    },
    en: {
      term: 'subcontracting',
      aliases: ['subcontractor', 'subcontractors', 'subcontract', 'sub-contracting'],
      definition: 'When a company has another one carry out part of the work it owes its own client, while remaining responsible for it.',
    },
  },
  {
    slug: 'secretariat',
    fr: {
      term: 'secrétariat',
      aliases: ['secrétariats', 'secrétaire', 'secrétaires'],
      definition:
        'Tâches d’organisation et de communication d’un bureau : courrier, appels, agenda, classement, rédaction de documents et comptes rendus.',
    },
    en: {
      term: 'secretarial work',
      aliases: ['secretarial services', 'secretary', 'secretaries', 'office administration'],
      definition: 'Organising and communication tasks of an office: mail, calls, diary, filing, drafting documents and minutes.',
    },
  },
  {
    slug: 'assistanat',
    fr: {
      term: 'assistanat',
      aliases: [
        'assistanat de direction',
        'assistante de direction',
        'assistantes de direction',
        'assistant de direction',
        'office manager',
      ],
      definition:
        'Métier de l’assistante ou de l’assistant qui seconde un ou plusieurs dirigeants : agenda, courrier, dossiers, suivi administratif, interface avec les équipes.',
    },
    en: {
      term: 'executive assistance',
      aliases: ['executive assistant', 'executive assistants', 'personal assistant', 'personal assistants', 'office manager'],
      definition:
        'The job of the assistant who backs one or more executives: diary, mail, files, admin follow-up, and the link with the teams.',
    },
  },
  {
    slug: 'gestion-administrative',
    fr: {
      term: 'gestion administrative',
      aliases: ['gestions administratives', 'tâches administratives'],
      definition:
        'Ensemble des tâches qui font fonctionner l’entreprise au quotidien : courrier, classement, facturation, relances, dossiers du personnel, formalités.',
    },
    en: {
      term: 'administrative management',
      aliases: ['administrative tasks', 'admin tasks', 'office management'],
      definition: 'The day-to-day tasks that keep a company running: mail, filing, invoicing, reminders, staff records, formalities.',
    },
  },
  {
    slug: 'achats',
    fr: {
      term: 'achats',
      aliases: ['fonction achats', 'service achats', 'direction des achats', 'acheteur', 'acheteurs'],
      definition:
        'Fonction qui sélectionne les fournisseurs, négocie les prix et les conditions, passe les commandes et suit les livraisons et les contrats.',
    },
    en: {
      term: 'purchasing',
      aliases: ['procurement', 'purchasing department', 'buyer', 'buyers'],
      definition: 'The function that selects suppliers, negotiates prices and terms, places orders and follows deliveries and contracts.',
    },
  },
  {
    slug: 'fournisseur',
    fr: {
      term: 'fournisseur',
      aliases: ['fournisseurs', 'fournisseuse'],
      definition:
        'Entreprise qui vend des biens ou des services à l’entreprise ; ses factures sont des dettes inscrites en comptabilité jusqu’à leur paiement.',
    },
    en: {
      term: 'supplier',
      aliases: ['suppliers'],
      definition: 'A company that sells goods or services to the business; its invoices are booked as payables until they are paid.',
    },
  },
  {
    slug: 'escalade',
    fr: {
      term: 'escalade',
      aliases: ['escalades', 'escalader', 'remontée d’alerte'],
      definition:
        'Transmission d’un problème au niveau supérieur (responsable, dirigeant) quand il dépasse un délai ou un seuil prévu, par exemple un SLA.',
    },
    en: {
      term: 'escalation',
      aliases: ['escalations', 'escalate', 'escalated'],
      definition:
        'Passing a problem up to a higher level (manager, executive) when it exceeds an agreed delay or threshold, such as an SLA.',
    },
  },
  {
    slug: 'backlog',
    fr: {
      term: 'backlog',
      aliases: ['backlogs', 'reste à faire', 'tâches en souffrance', 'travail en attente'],
      definition:
        'Stock de tâches reçues et pas encore traitées ; s’il grossit semaine après semaine, c’est un signal faible de surcharge.',
    },
    en: {
      term: 'backlog',
      aliases: ['backlogs', 'work in arrears', 'pending work'],
      definition: 'The pile of tasks received and not yet handled; if it grows week after week, it is a weak signal of overload.',
    },
  },
  {
    slug: 'ordre-du-jour',
    fr: {
      term: 'ordre du jour',
      aliases: ['ordres du jour'],
      definition: 'Liste des sujets à traiter lors d’une réunion ou d’une assemblée, envoyée à l’avance aux participants.',
    },
    en: {
      term: 'agenda',
      aliases: ['agendas', 'meeting agenda'],
      definition: 'The list of items to be dealt with at a meeting, sent to participants beforehand.',
    },
  },
  {
    slug: 'compte-rendu',
    fr: {
      term: 'compte rendu',
      aliases: ['comptes rendus', 'compte-rendu', 'comptes-rendus', 'CR'],
      caseSensitive: ['CR'],
      definition:
        'Document qui résume une réunion : participants, points discutés, décisions prises, actions à mener avec leurs responsables et échéances.',
    },
    en: {
      term: 'meeting minutes',
      aliases: ['minutes of the meeting', 'meeting notes', 'meeting report'],
      definition: 'A summary of a meeting: attendees, points discussed, decisions made, and follow-up actions with owners and deadlines.',
    },
  },
  {
    slug: 'plan-de-continuite',
    fr: {
      term: 'plan de continuité d’activité',
      aliases: ['plans de continuité d’activité', 'plan de continuité', 'PCA'],
      definition:
        'Ensemble des mesures prévues pour qu’une activité continue en cas de crise (absence, panne, sinistre) : remplaçants, sauvegardes, procédures.',
    },
    en: {
      term: 'business continuity plan',
      aliases: ['business continuity plans', 'continuity plan', 'BCP'],
      definition:
        'The measures planned so an activity can go on through a crisis (absence, outage, disaster): backup staff, data backups, procedures.',
    },
  },
  {
    slug: 'appel-d-offres',
    fr: {
      term: 'appel d’offres',
      aliases: ['appels d’offres', 'consultation de prestataires', 'mise en concurrence'],
      definition:
        'Procédure par laquelle un acheteur met en concurrence plusieurs fournisseurs sur la base d’un cahier des charges, puis retient la meilleure offre.',
    },
    en: {
      term: 'call for tenders',
      aliases: ['calls for tenders', 'tender', 'tenders', 'request for proposal', 'requests for proposal', 'RFP', 'RFPs'],
      definition: 'A procedure in which a buyer has several suppliers compete on the basis of a specification, then picks the best offer.',
    },
  },
  {
    slug: 'livre-blanc',
    fr: {
      term: 'livre blanc',
      aliases: ['livres blancs'],
      definition:
        'Document pédagogique publié par une entreprise ou un expert pour expliquer un sujet et les solutions possibles, souvent à des fins de prospection.',
    },
    en: {
      term: 'white paper',
      aliases: ['white papers', 'whitepaper', 'whitepapers'],
      definition:
        'An explanatory document published by a company or an expert to explain a topic and possible solutions, often to attract prospects.',
    },
  },
])
