// Finance, as the executive reads it: the books, their figures and the people who keep them.
import { defineConcepts } from './define'

export const ACCOUNTING_TERMS = defineConcepts('finance', [
  {
    slug: 'daf',
    fr: {
      term: 'DAF',
      aliases: [
        'DAFs',
        'directeur administratif et financier',
        'directeurs administratifs et financiers',
        'directrice administrative et financière',
        'direction administrative et financière',
        'directeur financier',
        'directrice financière',
        'DAF externalisé',
      ],
      definition:
        'Directeur administratif et financier : responsable de la comptabilité, de la trésorerie, du contrôle de gestion, des financements et souvent des services administratifs.',
    },
    en: {
      term: 'CFO',
      aliases: [
        'CFOs',
        'chief financial officer',
        'chief financial officers',
        'finance director',
        'finance directors',
        'finance and administration director',
      ],
      definition:
        'Chief financial officer: in charge of accounting, cash, management control and financing, and often of the administrative services too.',
    },
  },
  {
    slug: 'tresorerie',
    fr: {
      term: 'trésorerie',
      aliases: ['trésoreries', 'plan de trésorerie', 'plans de trésorerie', 'gestion de trésorerie', 'prévision de trésorerie'],
      definition:
        'Argent immédiatement disponible (comptes, caisse) et sa gestion : encaisser, payer, prévoir les besoins pour ne jamais manquer de liquidités.',
    },
    en: {
      term: 'cash management',
      aliases: ['cash flow', 'cash flows', 'cash position', 'cash forecast', 'cash forecasts', 'treasury'],
      definition:
        'The money available right now (accounts, petty cash) and how it is managed: collecting, paying and forecasting needs so cash never runs out.',
    },
  },
  {
    slug: 'rapprochement-bancaire',
    fr: {
      term: 'rapprochement bancaire',
      aliases: ['rapprochements bancaires', 'lettrage bancaire'],
      definition:
        'Contrôle qui compare les écritures comptables du compte bancaire au relevé de la banque et explique chaque écart (chèque non encaissé, frais, erreur).',
    },
    en: {
      term: 'bank reconciliation',
      aliases: ['bank reconciliations', 'bank rec', 'bank recs'],
      definition:
        'The check that compares the bank account in the books with the bank statement and explains every difference (uncleared cheque, fees, error).',
    },
  },
  {
    slug: 'expert-comptable',
    fr: {
      term: 'expert-comptable',
      aliases: ['experts-comptables', 'experte-comptable', 'cabinet comptable', 'cabinets comptables', 'cabinet d’expertise comptable'],
      definition:
        'Professionnel inscrit à l’Ordre qui tient ou révise la comptabilité, établit les comptes annuels et les déclarations fiscales, et conseille le dirigeant.',
    },
    en: {
      term: 'chartered accountant',
      aliases: [
        'chartered accountants',
        'certified public accountant',
        'certified public accountants',
        'CPA',
        'CPAs',
        'accounting firm',
        'accounting firms',
      ],
      definition:
        'A regulated professional who keeps or reviews the books, prepares the annual accounts and tax returns, and advises the executive.',
    },
  },
  {
    slug: 'commissaire-aux-comptes',
    fr: {
      term: 'commissaire aux comptes',
      aliases: ['commissaires aux comptes', 'commissariat aux comptes'],
      definition:
        'Auditeur légal indépendant qui certifie que les comptes annuels sont réguliers et sincères ; obligatoire au-delà de certains seuils ou dans certaines sociétés.',
    },
    en: {
      term: 'statutory auditor',
      aliases: ['statutory auditors', 'external auditor', 'external auditors', 'statutory audit'],
      definition:
        'The independent legal auditor who certifies that the annual accounts are true and fair; required above certain thresholds or for certain companies.',
    },
  },
  {
    slug: 'audit',
    fr: {
      term: 'audit',
      aliases: ['audits', 'auditer', 'audit interne', 'audits internes', 'audit externe', 'audit opérationnel'],
      definition:
        'Examen méthodique, par une personne indépendante, d’une activité, de comptes ou de process, pour vérifier leur fiabilité et recommander des améliorations.',
    },
    en: {
      term: 'audit',
      aliases: ['audits', 'auditing', 'internal audit', 'internal audits', 'external audit', 'operational audit'],
      definition:
        'A methodical review, by someone independent, of an activity, accounts or processes, to check their reliability and recommend improvements.',
    },
  },
  {
    slug: 'bilan',
    fr: {
      term: 'bilan',
      aliases: ['bilans', 'bilan comptable', 'bilans comptables'],
      definition:
        'État de ce que l’entreprise possède (actif) et de ce qu’elle doit (passif, capitaux propres) à la clôture ; avec le compte de résultat, il forme les comptes annuels.',
    },
    en: {
      term: 'balance sheet',
      aliases: ['balance sheets', 'statement of financial position'],
      definition:
        'What the company owns (assets) and owes (liabilities, equity) at closing date; with the income statement it makes up the annual accounts.',
    },
  },
  {
    slug: 'compte-de-resultat',
    fr: {
      term: 'compte de résultat',
      aliases: ['comptes de résultat', 'compte de résultats'],
      definition: 'Tableau des produits et des charges d’un exercice, dont la différence est le bénéfice ou la perte de l’entreprise.',
    },
    en: {
      term: 'income statement',
      aliases: ['income statements', 'profit and loss account', 'profit and loss statement', 'P&L', 'P&Ls'],
      definition: 'The statement of a financial year’s income and expenses; the difference is the company’s profit or loss.',
    },
  },
  {
    slug: 'cloture',
    fr: {
      term: 'clôture des comptes',
      aliases: [
        'clôture comptable',
        'clôtures comptables',
        'clôture annuelle',
        'clôture mensuelle',
        'clôture de l’exercice',
        'arrêté des comptes',
      ],
      definition:
        'Travaux de fin de période (mois ou exercice) qui figent les comptes : rapprochements, provisions, factures à recevoir, puis états financiers.',
    },
    en: {
      term: 'financial close',
      aliases: ['closing of accounts', 'month-end close', 'year-end close', 'closing the books', 'period-end close'],
      definition:
        'The end-of-period work (month or year) that freezes the books: reconciliations, provisions, accruals, then financial statements.',
    },
  },
  {
    slug: 'previsionnel',
    fr: {
      term: 'budget prévisionnel',
      aliases: ['budgets prévisionnels', 'prévisionnel', 'prévisionnels', 'prévisionnel financier', 'prévision budgétaire'],
      definition:
        'Chiffrage des recettes et des dépenses attendues sur une période, qui sert de référence pour piloter l’activité et mesurer les écarts.',
    },
    en: {
      term: 'budget forecast',
      aliases: ['budget forecasts', 'financial forecast', 'financial forecasts', 'projected budget'],
      definition:
        'The expected income and spending over a period, in figures; the reference used to steer the business and measure variances.',
    },
  },
  {
    slug: 'chiffre-d-affaires',
    fr: {
      term: 'chiffre d’affaires',
      aliases: ['chiffres d’affaires', 'CA'],
      caseSensitive: ['CA'],
      definition:
        'Total des ventes de biens et de services facturées sur une période, hors taxes ; premier indicateur de l’activité d’une entreprise.',
    },
    en: {
      term: 'revenue',
      aliases: ['revenues', 'sales revenue', 'net sales', 'top line'],
      definition: 'Total sales of goods and services invoiced over a period, before tax; the first measure of a company’s activity.',
    },
  },
  {
    slug: 'ebitda',
    fr: {
      term: 'EBE',
      aliases: ['excédent brut d’exploitation', 'excédents bruts d’exploitation', 'EBITDA'],
      definition:
        'Excédent brut d’exploitation : ce que l’activité rapporte avant amortissements, intérêts et impôts ; proche de l’EBITDA, souvent utilisé pour valoriser une entreprise.',
    },
    en: {
      term: 'EBITDA',
      aliases: [
        'earnings before interest, taxes, depreciation and amortization',
        'earnings before interest, tax, depreciation and amortisation',
      ],
      definition:
        'Earnings before interest, taxes, depreciation and amortisation: what operations earn before those items; often used to value a company.',
    },
  },
  {
    slug: 'bfr',
    fr: {
      term: 'BFR',
      aliases: ['besoin en fonds de roulement', 'besoins en fonds de roulement'],
      definition:
        'Besoin en fonds de roulement : argent immobilisé par le décalage entre ce que l’entreprise paie (stocks, fournisseurs) et ce qu’elle encaisse de ses clients.',
    },
    en: {
      term: 'working capital requirement',
      aliases: ['working capital requirements', 'working capital needs', 'working capital need'],
      definition: 'Cash tied up by the gap between what the company pays out (stock, suppliers) and what it collects from customers.',
    },
  },
  {
    slug: 'roi',
    fr: {
      term: 'ROI',
      aliases: ['retour sur investissement', 'retours sur investissement'],
      // In lowercase "roi" is a king.
      caseSensitive: ['ROI'],
      definition:
        'Retour sur investissement : gain obtenu rapporté au montant investi, pour juger si une dépense (outil, recrutement, externalisation) est rentable.',
    },
    en: {
      term: 'ROI',
      aliases: ['return on investment', 'returns on investment'],
      caseSensitive: ['ROI'],
      definition:
        'Return on investment: the gain compared with the amount invested, to judge whether a spend (tool, hire, outsourcing) pays off.',
    },
  },
  {
    slug: 'couts-fixes',
    fr: {
      term: 'coûts fixes',
      aliases: ['coût fixe', 'charges fixes', 'charge fixe', 'frais fixes'],
      definition:
        'Dépenses qui ne varient pas avec l’activité (loyers, salaires permanents, abonnements) ; externaliser peut en transformer une partie en coûts variables.',
    },
    en: {
      term: 'fixed costs',
      aliases: ['fixed cost', 'fixed expenses', 'overheads', 'overhead costs'],
      definition:
        'Costs that do not change with activity (rent, permanent salaries, subscriptions); outsourcing can turn some of them into variable costs.',
    },
  },
])
