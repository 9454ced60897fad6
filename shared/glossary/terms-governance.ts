// How the company is steered: who decides, how work is delegated, how risks are seen early.
import { defineConcepts } from './define'

export const GOVERNANCE_TERMS = defineConcepts('governance', [
  {
    slug: 'gouvernance-administrative',
    fr: {
      term: 'gouvernance administrative',
      aliases: ['gouvernances administratives', 'gouvernance des fonctions support'],
      definition:
        'Organisation des décisions et du pilotage des fonctions support : rôles, responsabilités, délégations, process et contrôles, au service de l’efficacité et de la conformité.',
    },
    en: {
      term: 'administrative governance',
      aliases: ['governance of support functions', 'back-office governance'],
      definition:
        'How decisions about support functions are made and steered: roles, responsibilities, delegations, processes and controls, for efficiency and compliance.',
    },
  },
  {
    slug: 'direction-externalisee',
    fr: {
      term: 'direction externalisée',
      aliases: ['directions externalisées', 'directeur externalisé', 'directeurs externalisés'],
      definition:
        'Délégation d’une fonction de direction (DAF, DRH, DSI…) à un directeur expert externe, à temps partagé ou pour une mission, sans embauche en CDI.',
    },
    en: {
      term: 'outsourced management',
      aliases: [
        'fractional executive',
        'fractional executives',
        'fractional CFO',
        'fractional CFOs',
        'outsourced director',
        'outsourced directors',
        'part-time director',
      ],
      definition:
        'A management function (CFO, HR or IT director…) entrusted to an outside expert, part-time or for a set mission, instead of a permanent hire.',
    },
  },
  {
    slug: 'management-de-transition',
    fr: {
      term: 'management de transition',
      aliases: ['manager de transition', 'managers de transition', 'manageur de transition'],
      definition:
        'Mission courte confiée à un dirigeant expérimenté extérieur pour assurer un intérim, conduire une restructuration ou une transformation, puis passer la main.',
    },
    en: {
      term: 'interim management',
      aliases: ['interim manager', 'interim managers', 'interim executive', 'interim executives'],
      definition:
        'A short assignment of an experienced outside executive to fill a gap, lead a restructuring or a transformation, then hand over.',
    },
  },
  {
    slug: 'temps-partage',
    fr: {
      term: 'temps partagé',
      aliases: ['temps partiel partagé', 'emploi à temps partagé'],
      definition:
        'Formule où un expert (DAF, DRH, assistante…) travaille quelques jours par mois pour plusieurs entreprises, qui se partagent ainsi ses compétences et son coût.',
    },
    en: {
      term: 'time-sharing',
      aliases: ['time-share', 'shared-time', 'fractional work', 'part-time shared'],
      definition:
        'An arrangement where an expert (CFO, HR lead, assistant…) works a few days a month for several companies, which share the skills and the cost.',
    },
  },
  {
    slug: 'pilotage',
    fr: {
      term: 'pilotage',
      aliases: ['pilotages', 'piloter', 'pilotage de la performance'],
      definition:
        'Suivi et conduite d’une activité à l’aide d’objectifs, d’indicateurs et de points réguliers, pour corriger la trajectoire à temps.',
    },
    en: {
      term: 'steering',
      aliases: ['performance steering', 'oversight', 'performance management'],
      definition:
        'Following and directing an activity through objectives, indicators and regular check-ins, so the course can be corrected in time.',
    },
  },
  {
    slug: 'delegation',
    fr: {
      term: 'délégation',
      aliases: ['délégations', 'déléguer', 'délégation de tâches'],
      definition:
        'Fait de confier une tâche ou une responsabilité à une autre personne (assistante, prestataire, collaborateur) en lui donnant les moyens et le cadre pour agir.',
    },
    en: {
      term: 'delegation',
      aliases: ['delegations', 'delegate', 'delegating', 'task delegation'],
      definition:
        'Entrusting a task or a responsibility to someone else (assistant, provider, colleague) with the means and the frame to act on it.',
    },
  },
  {
    slug: 'feuille-de-route',
    fr: {
      term: 'feuille de route',
      aliases: ['feuilles de route'],
      definition:
        'Plan qui ordonne dans le temps les objectifs, les étapes et les responsables d’un projet ou d’une stratégie ; partagée, elle aligne les équipes.',
    },
    en: {
      term: 'roadmap',
      aliases: ['roadmaps', 'road map', 'road maps'],
      definition:
        'A plan that sets a project’s or a strategy’s objectives, milestones and owners over time; shared, it keeps teams aligned.',
    },
  },
  {
    slug: 'signaux-faibles',
    fr: {
      term: 'signaux faibles',
      aliases: ['signal faible'],
      definition:
        'Indices discrets qui annoncent un problème ou une opportunité (retards qui s’accumulent, tâches en souffrance, départs) ; les repérer tôt permet d’agir avant la crise.',
    },
    en: {
      term: 'weak signals',
      aliases: ['weak signal', 'early warning signs', 'early warning signals'],
      definition:
        'Faint signs of a coming problem or opportunity (growing delays, stalled tasks, departures); spotting them early lets you act before a crisis.',
    },
  },
  {
    slug: 'dirigeant',
    fr: {
      term: 'dirigeant',
      aliases: ['dirigeants', 'dirigeante', 'dirigeantes', 'chef d’entreprise', 'chefs d’entreprise'],
      definition:
        'Personne qui dirige l’entreprise et en porte la responsabilité (PDG, gérant, fondateur) ; celle qui délègue ses tâches administratives.',
    },
    en: {
      term: 'executive',
      aliases: ['executives', 'business owner', 'business owners', 'company head'],
      definition: 'The person who runs the company and answers for it (CEO, managing director, founder); the one who delegates admin work.',
    },
  },
  {
    slug: 'codir',
    fr: {
      term: 'comité de direction',
      aliases: ['comités de direction', 'CODIR', 'comité exécutif', 'COMEX'],
      definition:
        'Instance qui réunit le dirigeant et les directeurs (DAF, DRH, DSI…) pour décider des priorités, suivre les résultats et arbitrer.',
    },
    en: {
      term: 'executive committee',
      aliases: ['executive committees', 'management committee', 'leadership team', 'ExCo'],
      definition:
        'The body where the chief executive and the heads of functions (finance, HR, IT…) set priorities, review results and settle trade-offs.',
    },
  },
  {
    slug: 'restructuration',
    fr: {
      term: 'restructuration',
      aliases: ['restructurations', 'réorganisation', 'réorganisations'],
      definition:
        'Réorganisation profonde de l’entreprise (structure, effectifs, activités, dettes) pour restaurer sa rentabilité ou s’adapter à un changement.',
    },
    en: {
      term: 'restructuring',
      aliases: ['restructurings', 'reorganisation', 'reorganization', 'reorganisations', 'reorganizations'],
      definition: 'A deep overhaul of a company’s structure, staffing, activities or debt to restore profitability or adapt to a change.',
    },
  },
  {
    slug: 'creation-de-valeur',
    fr: {
      term: 'création de valeur',
      aliases: ['créer de la valeur'],
      definition:
        'Ce qui augmente durablement la valeur de l’entreprise (croissance, marges, clients, savoir-faire) ; le temps que le dirigeant libère en déléguant.',
    },
    en: {
      term: 'value creation',
      aliases: ['creating value', 'create value'],
      definition:
        'Whatever lastingly raises a company’s worth (growth, margins, customers, know-how); where an executive’s freed-up time should go.',
    },
  },
  {
    slug: 'amelioration-continue',
    fr: {
      term: 'amélioration continue',
      aliases: ['améliorations continues', 'démarche d’amélioration continue'],
      definition:
        'Démarche qui améliore un process par petites étapes répétées : mesurer, analyser les écarts, corriger, puis mesurer à nouveau.',
    },
    en: {
      term: 'continuous improvement',
      aliases: ['continual improvement', 'kaizen'],
      definition: 'Improving a process in small repeated steps: measure, analyse the gaps, fix, then measure again.',
    },
  },
  {
    slug: 'charge-mentale',
    fr: {
      term: 'charge mentale',
      aliases: ['charges mentales'],
      definition: 'Poids de tout ce qu’il faut penser à faire, planifier et surveiller ; déléguer avec méthode l’allège pour le dirigeant.',
    },
    en: {
      term: 'mental load',
      aliases: ['cognitive load', 'mental burden'],
      definition:
        'The weight of everything one has to remember, plan and keep an eye on; delegating with method lightens it for the executive.',
    },
  },
  {
    slug: 'pme',
    fr: {
      term: 'PME',
      aliases: ['PMEs', 'petite et moyenne entreprise', 'petites et moyennes entreprises'],
      definition:
        'Petite ou moyenne entreprise : moins de 250 salariés et au plus 50 M€ de chiffre d’affaires ou 43 M€ de total de bilan (définition européenne).',
    },
    en: {
      term: 'SME',
      aliases: ['SMEs', 'small and medium-sized enterprise', 'small and medium-sized enterprises', 'small and medium enterprises'],
      definition:
        'Small or medium-sized enterprise: under 250 staff and at most €50M turnover or €43M balance-sheet total (EU definition).',
    },
  },
  {
    slug: 'eti',
    fr: {
      term: 'ETI',
      aliases: ['ETIs', 'entreprise de taille intermédiaire', 'entreprises de taille intermédiaire'],
      definition:
        'Entreprise de taille intermédiaire : de 250 à 4 999 salariés, avec au plus 1,5 Md€ de chiffre d’affaires ou 2 Md€ de total de bilan (définition française).',
    },
    en: {
      term: 'mid-sized company',
      aliases: ['mid-sized companies', 'mid-cap', 'mid-caps', 'midcap', 'intermediate-sized enterprise', 'intermediate-sized enterprises'],
      definition:
        'French “ETI”: a company of 250 to 4,999 staff with at most €1.5bn turnover or €2bn balance-sheet total, between SMEs and large groups.',
    },
  },
  {
    slug: 'filiale',
    fr: {
      term: 'filiale',
      aliases: ['filiales', 'société fille', 'sociétés filles'],
      definition:
        'Société contrôlée par une autre (la société mère), qui détient plus de la moitié de son capital ; juridiquement distincte, elle a ses propres comptes.',
    },
    en: {
      term: 'subsidiary',
      aliases: ['subsidiaries', 'affiliate company'],
      definition:
        'A company controlled by another (the parent), which holds more than half its capital; a separate legal entity with its own accounts.',
    },
  },
])
